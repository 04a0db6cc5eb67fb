using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms.Attribution;

namespace Smarketing.Etl.Tests.Transforms.Attribution;

/// <summary>The shipped models on a five-touch journey, with every weight written out by hand (docs/METRICS.md, "Attribution").
/// The opportunity is created on 1 June 2024; T1 40 days before, T2 (the touch that created the lead) 30 days before, T3 14,
/// T4 7 and T5 1 day before; T6 10 days after creation; won 20 days after creation.</summary>
public class AttributionModelTests
{
    private static readonly DateTime Created = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Touch[] Journey =
    [
        Touch("T1", -40), Touch("T2", -30, leadCreation: true), Touch("T3", -14), Touch("T4", -7), Touch("T5", -1), Touch("T6", 10),
    ];

    private static Dictionary<string, decimal> Weights(string model, bool won = true)
    {
        var definition = new AttributionConfiguration().Models.Single(m => m.Name == model);
        var path = new TouchPath(Journey, Created, won ? Created.AddDays(20) : null);
        return AttributionModel.From(definition).Weigh(path).ToDictionary(w => path.Touches[w.Index].TouchId, w => w.Weight);
    }

    private static Touch Touch(string id, int days, bool leadCreation = false) =>
        new(id, "Marketo", Created.AddDays(days), 1, 0, 1, leadCreation);

    [Test]
    public void First_touch_gives_everything_to_the_first_touch() =>
        Assert.That(Weights("First touch"), Is.EqualTo(new Dictionary<string, decimal> { ["T1"] = 1m }));

    [Test]
    public void Lead_creation_gives_everything_to_the_touch_that_created_the_lead() =>
        Assert.That(Weights("Lead creation"), Is.EqualTo(new Dictionary<string, decimal> { ["T2"] = 1m }));

    [Test]
    public void Last_touch_gives_everything_to_the_last_touch_before_the_opportunity_was_created() =>
        Assert.That(Weights("Last touch"), Is.EqualTo(new Dictionary<string, decimal> { ["T5"] = 1m }));

    [Test]
    public void Linear_splits_equally_over_the_touches_before_creation() =>
        Assert.That(Weights("Linear"), Is.EqualTo(new Dictionary<string, decimal> { ["T1"] = 0.2m, ["T2"] = 0.2m, ["T3"] = 0.2m, ["T4"] = 0.2m, ["T5"] = 0.2m }));

    [Test]
    public void U_shaped_gives_40_40_and_the_rounding_remainder_of_the_middle_thirds_to_the_first_largest_weight()
    {
        // Middle: 0.2 / 3 = 0.0666667 → 0.066667 × 3 = 0.200001; the -0.000001 goes to the largest weight, T1 (earliest of the two 0.4).
        Assert.That(Weights("U-shaped"), Is.EqualTo(new Dictionary<string, decimal>
        {
            ["T1"] = 0.399999m, ["T2"] = 0.4m, ["T3"] = 0.066667m, ["T4"] = 0.066667m, ["T5"] = 0.066667m,
        }));
    }

    [Test]
    public void W_shaped_gives_30_to_first_touch_lead_creation_and_opportunity_creation_and_splits_10_over_the_rest() =>
        Assert.That(Weights("W-shaped"), Is.EqualTo(new Dictionary<string, decimal>
        {
            ["T1"] = 0.3m, ["T2"] = 0.3m, ["T3"] = 0.05m, ["T4"] = 0.05m, ["T5"] = 0.3m,
        }));

    [Test]
    public void Full_path_runs_to_the_won_date_and_gives_the_closed_won_share_to_the_last_touch_before_it() =>
        Assert.That(Weights("Full path"), Is.EqualTo(new Dictionary<string, decimal>
        {
            ["T1"] = 0.225m, ["T2"] = 0.225m, ["T3"] = 0.05m, ["T4"] = 0.05m, ["T5"] = 0.225m, ["T6"] = 0.225m,
        }));

    [Test]
    public void Full_path_of_an_opportunity_not_won_gives_the_vacant_closed_won_share_to_the_opportunity_creation_touch() =>
        Assert.That(Weights("Full path", won: false), Is.EqualTo(new Dictionary<string, decimal>
        {
            ["T1"] = 0.225m, ["T2"] = 0.225m, ["T3"] = 0.05m, ["T4"] = 0.05m, ["T5"] = 0.45m,
        }));

    [Test]
    public void Time_decay_halves_the_credit_every_seven_days_before_creation()
    {
        // 2^(-age/7) for ages 40, 30, 14, 7, 1 days = 0.019047, 0.051271, 0.25, 0.5, 0.905724 (sum 1.726042); shares 0.011035,
        // 0.029704, 0.144840, 0.289680, 0.524740 sum to 0.999999, so the largest (T5) takes the remaining 0.000001.
        Assert.That(Weights("Time decay"), Is.EqualTo(new Dictionary<string, decimal>
        {
            ["T1"] = 0.011035m, ["T2"] = 0.029704m, ["T3"] = 0.14484m, ["T4"] = 0.28968m, ["T5"] = 0.524741m,
        }));
    }

    [Test]
    public void When_the_first_touch_created_the_lead_it_holds_both_shares()
    {
        Touch[] touches = [Touch("A", -20, leadCreation: true), Touch("B", -10), Touch("C", -5)];
        var u = AttributionModel.From(new AttributionConfiguration().Models.Single(m => m.Name == "U-shaped"));

        var weights = u.Weigh(new TouchPath(touches, Created, null));

        Assert.That(weights.Select(w => (w.Weight, w.Position)), Is.EqualTo(new[] { (0.8m, "FirstTouch+LeadCreation"), (0.1m, "Middle"), (0.1m, "Middle") }));
    }

    [Test]
    public void Without_middle_touches_the_named_shares_are_scaled_to_one()
    {
        // W-shaped on two touches: A is first touch and lead creation (0.3 + 0.3), B opportunity creation (0.3); no middle touch for
        // the 0.1, so 0.6 / 0.9 and 0.3 / 0.9.
        Touch[] touches = [Touch("A", -20, leadCreation: true), Touch("B", -5)];
        var w = AttributionModel.From(new AttributionConfiguration().Models.Single(m => m.Name == "W-shaped"));

        Assert.That(w.Weigh(new TouchPath(touches, Created, null)).Select(x => x.Weight), Is.EqualTo(new[] { 0.666667m, 0.333333m }));
    }

    [Test]
    public void A_vacant_lead_creation_position_gives_its_share_to_the_first_touch()
    {
        Touch[] touches = [Touch("A", -20), Touch("B", -10), Touch("C", -5)];
        var u = AttributionModel.From(new AttributionConfiguration().Models.Single(m => m.Name == "U-shaped"));

        Assert.That(u.Weigh(new TouchPath(touches, Created, null)).Select(x => x.Weight), Is.EqualTo(new[] { 0.8m, 0.1m, 0.1m }));
    }

    [Test]
    public void An_opportunity_without_a_touch_before_its_creation_has_no_weights()
    {
        var path = new TouchPath([Touch("late", 3)], Created, Created.AddDays(5));

        Assert.That(new AttributionConfiguration().Models.Select(m => AttributionModel.From(m).Weigh(path).Count), Has.All.EqualTo(0));
    }

    [Test]
    public void Every_model_gives_shares_that_sum_to_exactly_one_for_1_to_12_touches([Range(1, 12)] int count)
    {
        var random = new Random(count);
        var touches = Enumerable.Range(0, count)
            .Select(i => Touch($"T{i:D2}", -random.Next(0, 365), leadCreation: i == count / 2))
            .Append(Touch("after", 3))
            .OrderBy(t => t.AtUtc).ThenBy(t => t.TouchId, StringComparer.Ordinal).ToList();
        foreach (var definition in new AttributionConfiguration().Models)
        {
            foreach (var won in new[] { true, false })
            {
                var weights = AttributionModel.From(definition).Weigh(new TouchPath(touches, Created, won ? Created.AddDays(4) : null));

                Assert.That(weights.Sum(w => w.Weight), Is.EqualTo(1m), $"{definition.Name}, won {won}");
                Assert.That(weights.Select(w => w.Weight), Has.All.GreaterThan(0m).And.All.Matches<decimal>(w => w == decimal.Round(w, 6)), definition.Name);
            }
        }
    }
}
