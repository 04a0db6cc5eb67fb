using Dapper;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Tests.Support;
using static Smarketing.Etl.Tests.Transforms.Audit.AuditFixture;

namespace Smarketing.Etl.Tests.Transforms.Audit;

/// <summary>Each finding of the independent recomputation (issue 13) against the answer worked out by hand on <see cref="AuditFixture"/>.</summary>
[NonParallelizable]
public class AuditedMetricsTests
{
    private string folder = null!;
    private DuckDbLoader warehouse = null!;
    private RunResult result = null!;

    [OneTimeSetUp]
    public void Load()
    {
        folder = CliProcess.TempFolder();
        Write(Path.Combine(folder, "exports"));
        (warehouse, result) = TestWarehouse.Load(folder, Path.Combine(folder, "exports"), AsOf, ConfigurationLoader.Load(null));
    }

    [OneTimeTearDown]
    public void Close()
    {
        warehouse.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private T One<T>(string sql) => warehouse.Connection.QuerySingle<T>(sql);

    [Test]
    public void Speed_to_lead_averages_only_the_clocks_stopped_by_a_first_touch()
    {
        // June: A1 touched after 2 h, A3 after 6 h, A5 after 1 h; A2 recycled untouched after 8 h (No touch).
        // Touched 3; average (2 + 6 + 1) / 3 = 3.00; median of 1, 2, 6 = 2.00; within target (A1, A5) of 4 resolved = 0.5000.
        var june = One<(int Handoffs, int Touched, decimal Avg, decimal Median, decimal Rate, int NoTouch, decimal Waited)>(
            "SELECT Handoffs, Touched, AvgBusinessHoursToFirstTouch, MedianBusinessHoursToFirstTouch, WithinTargetRate, NoTouch, " +
            "AvgBusinessHoursWaitedNoTouch FROM rpt.SpeedToLead WHERE YearMonth = 202406");
        Assert.That(june, Is.EqualTo((4, 3, 3.00m, 2.00m, 0.5000m, 1, 8.00m)));

        // May: A6 waited 7 + 8 + 8 + 1 = 24 business hours and was recycled untouched: no average, one No touch.
        var may = One<(int Touched, decimal? Avg, int NoTouch, decimal Waited)>(
            "SELECT Touched, AvgBusinessHoursToFirstTouch, NoTouch, AvgBusinessHoursWaitedNoTouch FROM rpt.SpeedToLead WHERE YearMonth = 202405");
        Assert.That(may, Is.EqualTo((0, (decimal?)null, 1, 24.00m)));
    }

    [Test]
    public void Recycle_reasons_are_the_reason_in_force_at_the_recycle_with_the_handoff_cohort_as_denominator()
    {
        // A2 was recycled for "Bad timing" (later disqualified as "Invalid contact info"): 1 of the 4 June handoffs = 0.2500.
        // A6, handed off in May, was recycled for "No budget": 1 of 1.
        var rows = warehouse.Connection.Query<(int Month, string Reason, int Recycled, int HandedOff, decimal Rate)>(
            "SELECT YearMonth, RejectionReason, LeadsRecycled, LeadsHandedOff, RecycleRate FROM rpt.RecycleReasons ORDER BY YearMonth").ToList();
        Assert.That(rows, Is.EqualTo(new[] { (202405, "No budget", 1, 1, 1.0000m), (202406, "Bad timing", 1, 4, 0.2500m) }));
    }

    [Test]
    public void The_stage_history_row_of_a_recycle_keeps_the_reason_in_force_then()
    {
        var reasons = warehouse.Connection.Query<string?>(
            "SELECT h.RecycleReason FROM dw.FactStageHistory h JOIN dw.DimLead l ON l.LeadKey = h.LeadKey " +
            $"WHERE l.SalesforceLeadId = '{Lead(2)}' ORDER BY h.SequenceNumber").ToList();
        // Inquiry, MQL, Handoff, Recycled (the recycle), Disqualified: only the recycle carries a reason.
        Assert.That(reasons, Is.EqualTo(new string?[] { null, null, null, "Bad timing", null }));
    }

    [Test]
    public void Recycle_rate_is_the_share_of_the_month_handoffs_recycled_with_the_period_count_apart()
    {
        // May cohort: A6, recycled (5 days later) = 1 of 1. June cohort: A1, A2, A3, A5; A2 recycled = 1 of 4 = 0.2500.
        // Period: June saw two recycles (A2 and A6), which the old rate divided by four handoffs (0.5000).
        var rows = warehouse.Connection.Query<(int Month, int HandedOff, int RecycledInMonth, decimal Rate, int Cohort, int Within30, decimal Rate30)>(
            "SELECT YearMonth, LeadsHandedOff, LeadsRecycled, RecycleRate, CohortLeadsRecycled, CohortLeadsRecycledWithin30Days, RecycleRateWithin30Days " +
            "FROM rpt.RecycleRate ORDER BY YearMonth").ToList();
        Assert.That(rows, Is.EqualTo(new[] { (202405, 1, 0, 1.0000m, 1, 1, 1.0000m), (202406, 4, 2, 0.2500m, 1, 1, 0.2500m) }));
    }

    [Test]
    public void A_handoff_that_jumps_straight_to_SQL_stops_the_accept_or_reject_clock()
    {
        // A3: handed off Monday 10:00 EDT, SQL Tuesday 10:00 EDT = 7 + 1 = 8 business hours, within the 8-hour target.
        var clock = One<(string Status, string Resolution, decimal Hours)>(
            "SELECT c.Status, c.Resolution, c.ElapsedBusinessHours FROM dw.FactSlaClock c JOIN dw.DimLead l ON l.LeadKey = c.LeadKey " +
            "JOIN dw.DimSlaRule r ON r.SlaRuleKey = c.SlaRuleKey " +
            $"WHERE l.SalesforceLeadId = '{Lead(3)}' AND r.SlaRole = 'handoff'");
        Assert.That(clock, Is.EqualTo(("Met", "Qualified", 8.00m)));
    }

    [Test]
    public void Compliance_median_averages_the_two_middle_clocks_and_P90_is_the_nearest_rank()
    {
        // June handoff clocks: A1 4 h (SAL), A5 7 h (SAL), A2 8 h (recycled), A3 8 h (SQL): sorted 4, 7, 8, 8.
        // Median = (7 + 8) / 2 = 7.50; P90 = value at rank ceil(0.9 x 4) = 4 = 8.00; all four met.
        var row = One<(long Met, decimal Rate, decimal Median, decimal P90)>(
            "SELECT Met, ComplianceRate, MedianBusinessHoursToResolve, P90BusinessHoursToResolve FROM rpt.SlaCompliance c " +
            "JOIN rpt.SlaRule r ON r.SlaRuleName = c.SlaRuleName WHERE r.SlaRole = 'handoff' AND c.YearMonth = 202406");
        Assert.That(row, Is.EqualTo((4L, 1.0000m, 7.50m, 8.00m)));
    }

    [Test]
    public void A_deal_won_before_the_lead_was_created_starts_the_funnel_at_creation_with_the_lead_owner()
    {
        var stages = warehouse.Connection.Query<(string Stage, int Cycle, DateTime Entered)>(
            "SELECT s.StageName, h.CycleNumber, h.EnteredAtUtc FROM dw.FactStageHistory h JOIN dw.DimStage s ON s.StageKey = h.StageKey " +
            $"JOIN dw.DimLead l ON l.LeadKey = h.LeadKey WHERE l.SalesforceLeadId = '{Lead(4)}' ORDER BY h.SequenceNumber").ToList();
        var created = new DateTime(2024, 6, 10, 12, 0, 0);
        Assert.That(stages, Is.EqualTo(new[] { ("Inquiry", 1, created), ("Discovery", 1, created), ("Closed Won", 1, created) }));
        var funnel = One<(int Inquiry, string Owner)>(
            "SELECT f.InquiryDateKey, r.RepName FROM dw.FactLeadFunnel f JOIN dw.DimRep r ON r.RepKey = f.OwnerRepKey " +
            $"JOIN dw.DimLead l ON l.LeadKey = f.LeadKey WHERE l.SalesforceLeadId = '{Lead(4)}'");
        Assert.That(funnel, Is.EqualTo((20240610, "Morgan Marketing")));
        Assert.That(result.Notes, Has.Some.StartsWith($"1 lead(s) have stage changes dated before the lead was created (e.g. {Lead(4)})"));
    }

    [Test]
    public void Open_pipeline_at_month_end_is_the_calendar_month_end_not_the_last_Sunday()
    {
        // O4 (12,000) was created Tuesday 2024-05-28, after the last Sunday of May (the 26th), and won 2024-06-05:
        // open at 2024-05-31 24:00, so May reports 12,000; nothing is open at the end of June.
        var rows = warehouse.Connection.Query<(int Month, decimal? Open)>(
            "SELECT YearMonth, OpenPipelineAtMonthEnd FROM rpt.ExecutiveSummary WHERE YearMonth IN (202405, 202406) ORDER BY 1").ToList();
        Assert.That(rows, Is.EqualTo(new[] { (202405, (decimal?)12000.0000m), (202406, (decimal?)null) }));
    }

    [Test]
    public void Campaign_conversion_rates_are_shares_of_the_campaign_own_leads()
    {
        // Webinar J created A1, A2, A3, A5: all four MQL; SAL: A1, A5 (2 of 4); SQL: A1, A3, A5 (3 of 4); no customer.
        var row = One<(int Leads, decimal Mql, decimal Sal, decimal Sql, decimal Customer)>(
            "SELECT Leads, MqlRate, SalRate, SqlRate, CustomerRate FROM rpt.CampaignPerformance " +
            $"WHERE CampaignName = 'Webinar J' AND IsDefaultModel");
        Assert.That(row, Is.EqualTo((4, 1.0000m, 0.5000m, 0.7500m, 0.0000m)));
    }

    [Test]
    public void Cost_per_lead_and_CAC_are_given_per_campaign_and_month()
    {
        // Webinar J, June: 3,000 / 4 leads = 750. Paid Search K: 2,400 over 61 days; May = 2,400 x 31 / 61 = 1,219.6721, June the
        // remaining 1,180.3279; June brought A4 (a lead) and O4's new customer (one touch: weight 1): both ratios 1,180.3279.
        // A6 (May) has no campaign touch: the Unknown campaign, no cost.
        var rows = warehouse.Connection.Query<(string Campaign, int Month, decimal Cost, int Leads, decimal Customers, decimal? PerLead, decimal? Cac)>(
            "SELECT CampaignName, YearMonth, Cost, Leads, NewCustomers, CostPerLead, Cac FROM rpt.CampaignMonth ORDER BY CampaignName, YearMonth").ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("Paid Search K", 202405, 1219.6721m, 0, 0.000000m, (decimal?)null, (decimal?)null),
            ("Paid Search K", 202406, 1180.3279m, 1, 1.000000m, (decimal?)1180.3279m, (decimal?)1180.3279m),
            ("Unknown", 202405, 0.0000m, 1, 0.000000m, (decimal?)0.0000m, (decimal?)null),
            ("Webinar J", 202406, 3000.0000m, 4, 0.000000m, (decimal?)750.0000m, (decimal?)null),
        }));
    }

    [Test]
    public void Funnel_velocity_gives_the_lag_from_the_previous_milestone()
    {
        // SQL in June from SAL: A1 SAL +0.25 d, SQL +2.25 d = 2.00 d; A5 SAL +1.04 d, SQL +2.04 d = 1.00 d; A3 had no SAL.
        // Average and median of 2.00 and 1.00 = 1.50 over 2 cycles.
        var row = One<(string From, int Cycles, decimal Avg, decimal Median)>(
            "SELECT LagFromMilestone, LagCycles, AvgLagDays, MedianLagDays FROM rpt.FunnelVelocity WHERE EnteredYearMonth = 202406 AND StageName = 'SQL'");
        Assert.That(row, Is.EqualTo(("SAL", 2, 1.50m, 1.50m)));
    }
}
