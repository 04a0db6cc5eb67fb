using Smarketing.Etl.Transforms.Attribution.DataDriven;

namespace Smarketing.Etl.Tests.Transforms.Attribution.DataDriven;

/// <summary>Invariants of both data-driven models and of the bootstrap interval.</summary>
public class DataDrivenAttributionTests
{
    private static readonly ChannelJourney[] Journeys =
    [
        new([0, 1, 2], true), new([0], false), new([1, 2], false), new([2, 0], true), new([1], true), new([0, 2], false),
        new([2], false), new([0, 1], true), new([1, 1, 0], false), new([2, 1, 0], true),
    ];

    private static DataDrivenCredit Credit(IReadOnlyList<DataDrivenCredit> credits, string model, int channel) =>
        credits.Single(c => c.Model == model && c.Channel == channel);

    [Test]
    public void Shares_of_each_model_sum_to_one()
    {
        var credits = DataDrivenAttribution.Compute(Journeys, 3, resamples: 50, seed: 1);
        foreach (var model in new[] { DataDrivenAttribution.Markov, DataDrivenAttribution.Shapley })
        {
            Assert.That(credits.Where(c => c.Model == model).Sum(c => c.Share), Is.EqualTo(1.0).Within(1e-12), model);
            // Five journeys converted: the credited conversions add up to them.
            Assert.That(credits.Where(c => c.Model == model).Sum(c => c.Conversions), Is.EqualTo(5.0).Within(1e-9), model);
        }
    }

    [Test]
    public void Point_estimates_are_the_models_own_figures()
    {
        var credits = DataDrivenAttribution.Compute(Journeys, 3, resamples: 0, seed: 1);
        var markov = MarkovAttribution.Fit(Journeys, 3).Credit;
        var shapley = ShapleyAttribution.Credit(Journeys, 3);
        for (var c = 0; c < 3; c++)
        {
            Assert.That(Credit(credits, DataDrivenAttribution.Markov, c).Conversions, Is.EqualTo(markov[c]).Within(1e-12));
            Assert.That(Credit(credits, DataDrivenAttribution.Shapley, c).Conversions, Is.EqualTo(shapley[c]).Within(1e-12));
        }
    }

    [Test]
    public void A_channel_that_never_appears_gets_zero_with_a_zero_interval()
    {
        var credits = DataDrivenAttribution.Compute(Journeys, 4, resamples: 50, seed: 1);
        foreach (var model in new[] { DataDrivenAttribution.Markov, DataDrivenAttribution.Shapley })
        {
            var absent = Credit(credits, model, 3);
            Assert.That((absent.Conversions, absent.Share, absent.ShareLow, absent.ShareHigh), Is.EqualTo((0.0, 0.0, 0.0, 0.0)), model);
        }
    }

    [Test]
    public void Duplicating_every_journey_changes_no_share()
    {
        var once = DataDrivenAttribution.Compute(Journeys, 3, resamples: 0, seed: 1);
        var twice = DataDrivenAttribution.Compute([.. Journeys, .. Journeys], 3, resamples: 0, seed: 1);
        for (var i = 0; i < once.Count; i++)
        {
            Assert.That(twice[i].Share, Is.EqualTo(once[i].Share).Within(1e-12));
            Assert.That(twice[i].Conversions, Is.EqualTo(2 * once[i].Conversions).Within(1e-9));
        }
    }

    [Test]
    public void Symmetric_channels_get_equal_credit_under_both_models()
    {
        ChannelJourney[] journeys = [new([0, 1], true), new([1, 0], true), new([0], false), new([1], false)];
        var credits = DataDrivenAttribution.Compute(journeys, 2, resamples: 0, seed: 1);
        foreach (var model in new[] { DataDrivenAttribution.Markov, DataDrivenAttribution.Shapley })
        {
            Assert.That(Credit(credits, model, 0).Share, Is.EqualTo(0.5).Within(1e-12), model);
            Assert.That(Credit(credits, model, 1).Share, Is.EqualTo(0.5).Within(1e-12), model);
        }
    }

    [Test]
    public void The_same_seed_gives_the_same_interval_and_another_seed_another()
    {
        var first = DataDrivenAttribution.Compute(Journeys, 3, resamples: 200, seed: 42);
        var again = DataDrivenAttribution.Compute(Journeys, 3, resamples: 200, seed: 42);
        var other = DataDrivenAttribution.Compute(Journeys, 3, resamples: 200, seed: 43);
        Assert.That(again, Is.EqualTo(first));
        Assert.That(other.Select(c => (c.ShareLow, c.ShareHigh)), Is.Not.EqualTo(first.Select(c => (c.ShareLow, c.ShareHigh))));
    }

    [Test]
    public void The_intervals_do_not_depend_on_the_order_the_journeys_were_read_in()
    {
        var reversed = DataDrivenAttribution.Compute(Journeys.Reverse().ToList(), 3, resamples: 200, seed: 42);
        Assert.That(reversed, Is.EqualTo(DataDrivenAttribution.Compute(Journeys, 3, resamples: 200, seed: 42)));
    }

    [Test]
    public void The_interval_brackets_the_estimate_and_collapses_when_every_journey_is_alike()
    {
        var credits = DataDrivenAttribution.Compute(Journeys, 3, resamples: 400, seed: 42);
        Assert.That(credits, Has.All.Matches<DataDrivenCredit>(c => c!.ShareLow <= c.Share && c.Share <= c.ShareHigh && c.ShareLow < c.ShareHigh));
        // Identical journeys: every resample is the sample itself. A → B converts: Shapley halves it; Markov: both effects are 1.
        ChannelJourney[] alike = [new([0, 1], true), new([0, 1], true), new([0, 1], true)];
        var same = DataDrivenAttribution.Compute(alike, 2, resamples: 100, seed: 42);
        Assert.That(same.Select(c => (c.Share, c.ShareLow, c.ShareHigh)), Has.All.EqualTo((0.5, 0.5, 0.5)));
    }

    [Test]
    public void Nearest_rank_takes_the_value_at_the_ceiling_of_p_times_n()
    {
        var values = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();
        // ⌈0.05 × 20⌉ = 1 → 1; ⌈0.95 × 20⌉ = 19 → 19; ⌈0.05 × 30⌉ = 2 on 1..30 → 2.
        Assert.That(DataDrivenAttribution.NearestRank(values, 0.05), Is.EqualTo(1));
        Assert.That(DataDrivenAttribution.NearestRank(values, 0.95), Is.EqualTo(19));
        Assert.That(DataDrivenAttribution.NearestRank(Enumerable.Range(1, 30).Select(i => (double)i).ToArray(), 0.05), Is.EqualTo(2));
    }
}
