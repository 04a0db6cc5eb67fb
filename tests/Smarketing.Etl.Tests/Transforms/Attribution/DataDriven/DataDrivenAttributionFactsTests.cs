using Dapper;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Transforms.Attribution.DataDriven;
using Smarketing.Etl.Tests.Transforms.Revenue;

namespace Smarketing.Etl.Tests.Transforms.Attribution.DataDriven;

/// <summary>dw.FactAttributionDataDriven and its views on <see cref="RevenueFixture"/>, worked by hand. Channels (sorted): Events
/// (Webinar A) and Paid Media (Paid Search B). Journeys, conversion = the lead's won opportunity:
/// L1 [Events] won 10,000 in 2024-Q1; L2 [Events, Paid Media] won 20,000 in 2024-Q1; L3 [Paid Media] won 5,000 in 2024-Q2;
/// L4 [Paid Media] and L5 [Events] did not convert (their journeys end at their last touch, January 2024: 2024-Q1).
/// Markov over all five: Start→Events 3/5, Start→Paid 2/5; Events→Conversion 1/3, →Paid 1/3, →Null 1/3; Paid→Conversion 2/3,
/// →Null 1/3. P(Paid) = 2/3, P(Events) = 1/3 + 1/3·2/3 = 5/9, P(Start) = 3/5·5/9 + 2/5·2/3 = 3/5.
/// Without Events: 2/5·2/3 = 4/15, effect 1 − (4/15)/(3/5) = 5/9. Without Paid: P(Events) = 1/3, Start = 1/5, effect 2/3.
/// Shares 5/9 ÷ 11/9 = 5/11 = 0.454545 and 6/11 = 0.545455; conversions 3·5/11 = 1.363636 and 1.636364; revenue 35,000 × share.
/// Shapley: L1 gives Events 1, L2 half each, L3 Paid 1: 1.5 and 1.5, shares 0.5 and 0.5.</summary>
[NonParallelizable]
public class DataDrivenAttributionFactsTests
{
    private DuckDbLoader warehouse = null!;

    [OneTimeSetUp]
    public void Load() => warehouse = RevenueFixture.Load();

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    private List<(string Channel, int Journeys, int Converted, int ChannelJourneys, decimal Conversions, decimal Share, decimal Revenue)> Rows(
        string period, string model) =>
        [.. warehouse.Connection.Query<(string, int, int, int, decimal, decimal, decimal)>(
            "SELECT Channel, Journeys, ConvertedJourneys, ChannelJourneys, CreditedConversions, CreditShare, CreditedRevenue " +
            "FROM rpt.AttributionDataDriven WHERE Period = $period AND Model = $model ORDER BY Channel", new { period, model })];

    [Test]
    public void Markov_credit_over_every_journey_matches_the_hand_worked_removal_effects()
    {
        Assert.That(Rows("All", "Markov"), Is.EqualTo(new[]
        {
            ("Events", 5, 3, 3, 1.363636m, 0.454545m, 15909.0750m),
            ("Paid Media", 5, 3, 3, 1.636364m, 0.545455m, 19090.9250m),
        }));
    }

    [Test]
    public void Shapley_credit_over_every_journey_splits_each_conversion_over_its_channels()
    {
        Assert.That(Rows("All", "Shapley"), Is.EqualTo(new[]
        {
            ("Events", 5, 3, 3, 1.5m, 0.5m, 17500m),
            ("Paid Media", 5, 3, 3, 1.5m, 0.5m, 17500m),
        }));
    }

    [Test]
    public void A_quarter_holds_the_journeys_that_ended_in_it()
    {
        // 2024-Q1: L1, L2 (won), L4, L5 (last touch in January). Shapley: Events 1 + 0.5, Paid 0.5 → 0.75 / 0.25 of 30,000.
        Assert.That(Rows("2024-Q1", "Shapley"), Is.EqualTo(new[]
        {
            ("Events", 4, 2, 3, 1.5m, 0.75m, 22500m),
            ("Paid Media", 4, 2, 2, 0.5m, 0.25m, 7500m),
        }));
        // 2024-Q2: L3 alone, Paid Media only; Events is present with nothing.
        Assert.That(Rows("2024-Q2", "Markov"), Is.EqualTo(new[]
        {
            ("Events", 1, 1, 0, 0m, 0m, 0m),
            ("Paid Media", 1, 1, 1, 1m, 1m, 5000m),
        }));
    }

    [Test]
    public void The_comparison_sets_the_rule_based_share_of_new_customers_beside_the_data_driven_shares()
    {
        // First touch: A1 and A2 first touched by Webinar A (Events), A3 by Paid Search B: 2/3 and 1/3.
        var rows = warehouse.Connection.Query<(string, decimal, decimal)>(
            "SELECT Channel, RuleShare, ShapleyShare FROM rpt.AttributionModelComparison WHERE Period = 'All' AND RuleModel = 'First touch' ORDER BY Channel");
        Assert.That(rows, Is.EqualTo(new[] { ("Events", 0.666667m, 0.5m), ("Paid Media", 0.333333m, 0.5m) }));
    }

    [Test]
    public void Shares_are_rounded_so_that_they_add_up_exactly()
    {
        // 1/3 each → 0.333333 × 3 = 0.999999; the remainder goes to the largest (the first of equals).
        Assert.That(DataDrivenAttributionFacts.RoundToTotal([1.0 / 3, 1.0 / 3, 1.0 / 3], 1m), Is.EqualTo(new[] { 0.333334m, 0.333333m, 0.333333m }));
        Assert.That(DataDrivenAttributionFacts.RoundToTotal([0.0, 0.0], 0m), Is.EqualTo(new[] { 0m, 0m }));
    }
}
