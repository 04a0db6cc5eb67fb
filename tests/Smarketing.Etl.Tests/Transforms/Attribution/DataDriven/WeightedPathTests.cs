using Smarketing.Etl.Transforms.Attribution.DataDriven;

namespace Smarketing.Etl.Tests.Transforms.Attribution.DataDriven;

/// <summary>The refit reads dw.FactChannelJourney grouped by path and works out each path's transitions once: both must give the
/// same credits, to the last bit, as fitting every journey step by step (the algorithm before the grouping, kept here as the
/// reference), or a delta batch and a full load would no longer store identical figures.</summary>
public class WeightedPathTests
{
    // Paths with repeated channels and repeated transitions (0 > 1 > 0 > 1 repeats 0 > 1), a path of one channel three times,
    // and the same path several times, converted and not.
    private static readonly ChannelJourney[] Journeys =
    [
        new([0, 1, 0, 1], true), new([2, 2, 2], false), new([0, 1, 0, 1], true), new([1, 2], true), new([0], false),
        new([2, 2, 2], true), new([0, 1, 0, 1], false), new([1, 2], true), new([2, 0, 2, 0, 1], true), new([0], false),
        new([1], true), new([2, 1, 0], false),
    ];

    [Test]
    public void Transitions_added_once_with_their_multiplicity_equal_adding_them_step_by_step()
    {
        var stepwise = new TransitionCounts(3);
        stepwise.Add(new ChannelJourney([0, 1, 0, 1, 1], true), 3);
        var grouped = new TransitionCounts(3);
        // States: 0 = Start, channel c = c + 1. Start>0 once, 0>1 twice, 1>0 once, 1>1 once; the path ends in channel 1 (state 2).
        grouped.Add([(0, 1, 1), (1, 2, 2), (2, 1, 1), (2, 2, 1)], last: 2, converted: true, weight: 3);
        for (var from = 0; from <= 3; from++)
        {
            for (var to = 0; to <= 3; to++)
            {
                Assert.That(grouped.Between(from, to), Is.EqualTo(stepwise.Between(from, to)), $"{from} > {to}");
            }

            Assert.That(grouped.ToConversion(from), Is.EqualTo(stepwise.ToConversion(from)));
            Assert.That(grouped.Outgoing(from), Is.EqualTo(stepwise.Outgoing(from)));
        }

        Assert.That(grouped.Between(1, 2), Is.EqualTo(6.0)); // 0 > 1 twice per journey, 3 journeys
        Assert.That(grouped.Conversions, Is.EqualTo(3.0));
    }

    [Test]
    public void Credits_and_intervals_are_bit_identical_to_fitting_every_journey_step_by_step()
    {
        var expected = ReferenceCompute(Journeys, 3, resamples: 60, seed: 7);
        var actual = DataDrivenAttribution.Compute(Journeys, 3, resamples: 60, seed: 7);
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Paths_with_counts_give_the_same_credits_as_the_journeys_they_stand_for()
    {
        // The same path listed twice (two months of one quarter) adds up: 2 + 1 journeys of 0 > 1 > 0 > 1 converted.
        var weighted = Journeys.GroupBy(j => (j.Converted, string.Join(',', j.Channels)))
            .SelectMany(g => g.Count() > 1
                ? new[] { new WeightedPath(g.First(), g.Count() - 1), new WeightedPath(g.First(), 1) }
                : [new WeightedPath(g.First(), 1)])
            .Reverse().ToList();
        var expected = DataDrivenAttribution.Compute(Journeys, 3, resamples: 60, seed: 7);
        Assert.That(DataDrivenAttribution.Compute(weighted, 3, resamples: 60, seed: 7), Is.EqualTo(expected));
    }

    /// <summary>The fit as it was before paths were grouped: one entry per journey, transitions added step by step.</summary>
    private static List<DataDrivenCredit> ReferenceCompute(IReadOnlyList<ChannelJourney> journeys, int channels, int resamples,
        int seed)
    {
        var ordered = journeys.Where(j => j.Channels.Count > 0)
            .OrderBy(j => (j.Converted ? "1:" : "0:") + string.Join(',', j.Channels), StringComparer.Ordinal).ToList();
        var keys = ordered.Select(j => (j.Converted ? "1:" : "0:") + string.Join(',', j.Channels)).ToList();
        var distinct = keys.Distinct().ToList();
        var representatives = distinct.Select(k => ordered[keys.IndexOf(k)]).ToList();
        var pathOf = keys.Select(k => distinct.IndexOf(k)).ToArray();
        var counts = distinct.Select(k => (double)keys.Count(x => x == k)).ToArray();

        double[] Markov(double[] w)
        {
            var t = new TransitionCounts(channels);
            for (var p = 0; p < representatives.Count; p++)
            {
                t.Add(representatives[p], w[p]);
            }

            return [.. MarkovAttribution.Solve(t).Credit];
        }

        double[] Shapley(double[] w)
        {
            var credit = new double[channels];
            for (var p = 0; p < representatives.Count; p++)
            {
                ShapleyAttribution.AddCredit(credit, representatives[p], w[p]);
            }

            return credit;
        }

        static double[] Shares(double[] c) => c.Select(x => c.Sum() > 0 ? x / c.Sum() : 0).ToArray();
        var random = new Random(seed);
        var draws = new List<(double[] M, double[] S)>();
        for (var b = 0; b < resamples; b++)
        {
            var w = new double[representatives.Count];
            for (var i = 0; i < pathOf.Length; i++)
            {
                w[pathOf[random.Next(pathOf.Length)]]++;
            }

            draws.Add((Shares(Markov(w)), Shares(Shapley(w))));
        }

        var result = new List<DataDrivenCredit>();
        var models = new[]
        {
            (DataDrivenAttribution.Markov, Markov(counts), 0), (DataDrivenAttribution.Shapley, Shapley(counts), 1),
        };
        foreach (var (model, credit, pick) in models)
        {
            var shares = Shares(credit);
            for (var c = 0; c < channels; c++)
            {
                var sorted = draws.Select(d => (pick == 0 ? d.M : d.S)[c]).Order().ToArray();
                result.Add(new DataDrivenCredit(model, c, credit[c], shares[c],
                    DataDrivenAttribution.NearestRank(sorted, 0.05), DataDrivenAttribution.NearestRank(sorted, 0.95)));
            }
        }

        return result;
    }
}
