using Dapper;
using Smarketing.Etl.Loading.DuckDb;
using static Smarketing.Etl.Tests.Transforms.Revenue.RevenueFixture;

namespace Smarketing.Etl.Tests.Transforms.Revenue;

/// <summary>Cost per lead, CAC and ROI of the two campaigns of <see cref="RevenueFixture"/>, worked out by hand.</summary>
[NonParallelizable]
public class TwoCampaignPerformanceTests
{
    private DuckDbLoader warehouse = null!;

    [OneTimeSetUp]
    public void Load() => warehouse = RevenueFixture.Load();

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    private (decimal Cost, int Leads, decimal? CostPerLead, decimal NewCustomers, decimal? Cac, decimal Revenue, decimal? Roi) Row(string campaign, string model) =>
        warehouse.Connection.QuerySingle<(decimal, int, decimal?, decimal, decimal?, decimal, decimal?)>(
            "SELECT Cost, Leads, CostPerLead, AttributedNewCustomers, Cac, AttributedRevenue, Roi FROM rpt.CampaignPerformance " +
            $"WHERE CampaignName = '{campaign}' AND ModelName = '{model}'");

    private static (decimal, int, decimal?) Lead((decimal Cost, int Leads, decimal? CostPerLead, decimal, decimal?, decimal, decimal?) r) => (r.Cost, r.Leads, r.CostPerLead);

    private static (decimal, decimal?, decimal, decimal?) Customer((decimal, int, decimal?, decimal NewCustomers, decimal? Cac, decimal Revenue, decimal? Roi) r) =>
        (r.NewCustomers, r.Cac, r.Revenue, r.Roi);

    [Test]
    public void Cost_per_lead_is_the_cost_over_the_leads_the_campaign_created()
    {
        // Webinar A created L1, L2, L5: 6,000 / 3; Paid Search B created L3, L4: 9,000 / 2.
        Assert.That(Lead(Row("Webinar A", "First touch")), Is.EqualTo((6000.0000m, 3, (decimal?)2000.0000m)));
        Assert.That(Lead(Row("Paid Search B", "First touch")), Is.EqualTo((9000.0000m, 2, (decimal?)4500.0000m)));
    }

    [Test]
    public void CAC_under_first_touch_is_the_cost_over_the_new_customers_whose_first_touch_it_was()
    {
        // First touches: A1 and A2 Webinar A, A3 Paid Search B. ROI = (attributed revenue - cost) / cost: (30,000 - 6,000) / 6,000 and
        // (5,000 - 9,000) / 9,000. The renewal and the upgrade of A1 are unattributed: no touch after A1 became a customer.
        Assert.That(Customer(Row("Webinar A", "First touch")), Is.EqualTo((2.000000m, (decimal?)3000.0000m, 30000.0000m, (decimal?)4.0000m)));
        Assert.That(Customer(Row("Paid Search B", "First touch")), Is.EqualTo((1.000000m, (decimal?)9000.0000m, 5000.0000m, (decimal?)-0.4444m)));
    }

    [Test]
    public void CAC_under_W_shaped_splits_the_customer_who_touched_both_campaigns()
    {
        // A2's path: Webinar A (first touch and lead creation, 0.3 + 0.3) and Paid Search B (opportunity creation, 0.3); no middle
        // touch, so 0.666667 and 0.333333. Webinar A: 1.666667 customers, 6,000 / 1.666667 = 3,599.9993; Paid Search B: 1.333333,
        // 9,000 / 1.333333 = 6,750.0017. Revenue: 10,000 + 20,000 x 0.666667 = 23,333.34 and 5,000 + 20,000 x 0.333333 = 11,666.66;
        // ROI (23,333.34 - 6,000) / 6,000 = 2.8889 and (11,666.66 - 9,000) / 9,000 = 0.2963.
        Assert.That(Customer(Row("Webinar A", "W-shaped")), Is.EqualTo((1.666667m, (decimal?)3599.9993m, 23333.3400m, (decimal?)2.8889m)));
        Assert.That(Customer(Row("Paid Search B", "W-shaped")), Is.EqualTo((1.333333m, (decimal?)6750.0017m, 11666.6600m, (decimal?)0.2963m)));
    }

    [Test]
    public void A_campaign_cost_is_spread_over_its_months_by_days()
    {
        // Paid Search B: 9,000 over 91 days: January 31 days = 3,065.9341, February 29 = 2,868.1319, March the rest = 3,065.9340.
        var months = warehouse.Connection.Query<(int Month, decimal Cost)>(
            $"SELECT f.MonthStartDateKey, f.ActualCost FROM dw.FactCampaignCost f JOIN dw.DimCampaign c ON c.CampaignKey = f.CampaignKey WHERE c.SalesforceCampaignId = '{PaidSearchB}' ORDER BY 1").ToList();
        Assert.That(months, Is.EqualTo(new[] { (20240101, 3065.9341m), (20240201, 2868.1319m), (20240301, 3065.9340m) }));
    }

    [Test]
    public void Every_opportunity_has_weights_summing_to_one_under_every_model()
    {
        var sums = warehouse.Connection.Query<decimal>("SELECT SUM(Weight) FROM dw.FactAttribution GROUP BY SalesforceOpportunityId, AttributionModelKey").ToList();
        Assert.That(sums, Has.Count.EqualTo(5 * 8).And.All.EqualTo(1m));
    }
}
