using Dapper;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Transforms.Revenue;
using static Smarketing.Etl.Tests.Transforms.Revenue.RevenueFixture;

namespace Smarketing.Etl.Tests.Transforms.LifetimeValue;

/// <summary>Customer lifetime value of the three accounts of <see cref="RevenueFixture"/>, computed by hand.</summary>
[NonParallelizable]
public class ThreeAccountLifetimeValueTests
{
    private DuckDbLoader warehouse = null!;

    [OneTimeSetUp]
    public void Load() => warehouse = RevenueFixture.Load();

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    private (decimal Revenue, decimal Historical, decimal Tenure, bool Churned, decimal ChurnRate, decimal Lifetime, decimal Predicted) Customer(int n) =>
        warehouse.Connection.QuerySingle<(decimal, decimal, decimal, bool, decimal, decimal, decimal)>(
            "SELECT v.LifetimeRevenue, v.HistoricalClv, v.TenureYears, v.IsChurned, v.SegmentAnnualChurnRate, v.ExpectedLifetimeYears, v.PredictedClv " +
            $"FROM dw.FactCustomerLifetimeValue v JOIN dw.DimAccount a ON a.AccountKey = v.AccountKey WHERE a.SalesforceAccountId = '{Account(n)}'");

    [Test]
    public void A_renewing_customer_with_an_upgrade_is_valued_on_its_current_contract_over_the_capped_lifetime()
    {
        // A1: 10,000 + 2,000 + 11,000 = 23,000 lifetime revenue, x 0.8 = 18,400 historical. Tenure 2024-02-15 .. 2025-06-30 = 501 days
        // = 1.3717 years. Enterprise: nobody churned, so churn rate 0 and lifetime = the 5-year cap. Annualized revenue = the latest
        // contract (renewal 11,000; the upgrade came before it); margin 8,800 a year paid up front, discounted at 10 %:
        // 8,800 + 8,000 + 7,272.7273 + 6,611.5702 + 6,010.5184 = 36,694.8159.
        Assert.That(Customer(1), Is.EqualTo((23000.0000m, 18400.0000m, 1.3717m, false, 0.0000m, 5.0000m, 36694.8159m)));
    }

    [Test]
    public void A_customer_without_a_renewal_past_the_grace_days_has_churned_and_its_predicted_value_is_its_history()
    {
        // A2: won 2024-03-01, renewal expected 2025-03-01, none by 2025-03-31: churned on 2025-03-01 after 365 days = 0.9993 years.
        // Small segment: 1 churn / 0.9993 customer-years = 1.0007 a year; lifetime 1 / 1.0007 = 0.9993. Predicted = historical 16,000.
        Assert.That(Customer(2), Is.EqualTo((20000.0000m, 16000.0000m, 0.9993m, true, 1.0007m, 0.9993m, 16000.0000m)));
    }

    [Test]
    public void A_customer_inside_the_grace_days_has_not_churned()
    {
        // A3: won 2024-06-01, renewal expected 2025-06-01 + 30 days = 2025-07-01, after the as-of date. 394 days = 1.0787 years.
        // 4,000 a year of margin over 5 years: 4,000 + 3,636.3636 + 3,305.7851 + 3,005.2592 + 2,732.0538 = 16,679.4618.
        Assert.That(Customer(3), Is.EqualTo((5000.0000m, 4000.0000m, 1.0787m, false, 0.0000m, 5.0000m, 16679.4618m)));
    }

    [Test]
    public void Renewals_and_upgrades_count_in_lifetime_revenue_but_never_as_new_customers()
    {
        var a1 = warehouse.Connection.QuerySingle<(decimal New, decimal Renewal, decimal Upgrade, int Renewals, int Upgrades, bool IsNew)>(
            "SELECT v.NewRevenue, v.RenewalRevenue, v.UpgradeRevenue, v.Renewals, v.Upgrades, v.IsNewCustomer FROM dw.FactCustomerLifetimeValue v " +
            $"JOIN dw.DimAccount a ON a.AccountKey = v.AccountKey WHERE a.SalesforceAccountId = '{Account(1)}'");
        Assert.That(a1, Is.EqualTo((10000.0000m, 11000.0000m, 2000.0000m, 1, 1, true)));

        var won = warehouse.Connection.QuerySingle<(long Won, long NewCustomers)>("SELECT COUNT(*), SUM(CASE WHEN IsNewCustomer THEN 1 ELSE 0 END) FROM rpt.Opportunity WHERE IsWon");
        Assert.That(won, Is.EqualTo((5L, 3L)));
        var attributedCustomers = warehouse.Connection.QuerySingle<decimal>("SELECT SUM(AttributedNewCustomers) FROM rpt.CampaignPerformance WHERE ModelName = 'Linear'");
        Assert.That(attributedCustomers, Is.EqualTo(3m));
        var summary = warehouse.Connection.QuerySingle<(long NewCustomers, decimal Bookings)>("SELECT SUM(NewCustomers), SUM(Bookings) FROM rpt.ExecutiveSummary");
        Assert.That(summary, Is.EqualTo((3L, 48000.0000m)));
    }

    [Test]
    public void The_rollups_add_up_the_accounts_of_each_segment()
    {
        var rows = warehouse.Connection.Query<(string Segment, int Customers, int NewCustomers, int Churned, decimal Revenue, decimal Historical)>(
            "SELECT GroupName, Customers, NewCustomers, ChurnedCustomers, LifetimeRevenue, HistoricalClv FROM rpt.CustomerLifetimeValue WHERE GroupLevel = 'Segment' ORDER BY 1").ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("Enterprise (1000+)", 2, 2, 0, 28000.0000m, 22400.0000m),
            ("Small (1-49)", 1, 1, 1, 20000.0000m, 16000.0000m),
        }));
    }

    [Test]
    public void The_acquisition_cost_of_the_customers_adds_up_to_the_campaign_cost()
    {
        // Both channels have attributed customers, so all 15,000 is allocated (to within the 4-place rounding of each account).
        Assert.That(warehouse.Connection.QuerySingle<decimal>("SELECT SUM(AcquisitionCost) FROM dw.FactCustomerLifetimeValue"), Is.EqualTo(15000m).Within(0.0005m));
    }

    [Test]
    public void Acquisition_cost_and_channel_follow_the_default_model_weights()
    {
        // W-shaped: A1 is all Events (Webinar A); A3 all Paid Media (Paid Search B); A2 0.666667 Events, 0.333333 Paid Media.
        // Events CAC = 6,000 / 1.666667 = 3,599.99928; Paid Media CAC = 9,000 / 1.333333 = 6,750.00169.
        // A2 = 0.666667 x 3,599.99928 + 0.333333 x 6,750.00169 = 4,649.99903.
        var rows = warehouse.Connection.Query<(string Account, string Channel, decimal Cost)>(
            "SELECT a.SalesforceAccountId, v.AcquisitionChannel, v.AcquisitionCost FROM dw.FactCustomerLifetimeValue v " +
            "JOIN dw.DimAccount a ON a.AccountKey = v.AccountKey ORDER BY 1").ToList();
        Assert.That(rows, Is.EqualTo(new[] { (Account(1), "Events", 3599.9993m), (Account(2), "Events", 4649.9990m), (Account(3), "Paid Media", 6750.0017m) }));

        // Events rollup: A1 and A2, historical CLV 18,400 + 16,000 over their acquisition cost 8,249.9983 = 4.1697.
        var events = warehouse.Connection.QuerySingle<(int Customers, decimal? Cac, decimal? Ratio)>(
            "SELECT Customers, Cac, HistoricalClvToCac FROM rpt.CustomerLifetimeValue WHERE GroupLevel = 'AcquisitionChannel' AND GroupName = 'Events'");
        Assert.That(events, Is.EqualTo((2, (decimal?)4124.9992m, (decimal?)4.1697m)));
    }
}
