using Dapper;
using Smarketing.Etl.Loading.DuckDb;
using static Smarketing.Etl.Tests.Transforms.Revenue.RevenueFixture;

namespace Smarketing.Etl.Tests.Transforms.Revenue;

/// <summary>The opportunity facts, the weekly pipeline, the scorecard and target attainment of <see cref="RevenueFixture"/>, by hand.</summary>
[NonParallelizable]
public class OpportunityFactsTests
{
    private DuckDbLoader warehouse = null!;

    [OneTimeSetUp]
    public void Load() => warehouse = RevenueFixture.Load();

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    [Test]
    public void An_opportunity_carries_its_type_dates_cycle_and_the_lead_it_was_converted_from()
    {
        var o1 = warehouse.Connection.QuerySingle<(string Category, bool IsNew, int Created, int Won, decimal Cycle, bool Bid, string Lead)>(
            "SELECT o.TypeCategory, o.IsNewCustomer, o.CreatedDateKey, o.WonDateKey, o.CycleDays, o.ReachedBidStage, l.SalesforceLeadId " +
            $"FROM rpt.Opportunity o JOIN dw.DimLead l ON l.LeadKey = o.LeadKey WHERE o.SalesforceOpportunityId = '{Opportunity(1)}'");
        // Created 2024-01-20 14:00, won 2024-02-15 15:00: 26 days and 1 hour = 26.04 days; Closed Won lies beyond the bid stage.
        Assert.That(o1, Is.EqualTo(("New", true, 20240120, 20240215, 26.04m, true, Lead(1))));

        var renewal = warehouse.Connection.QuerySingle<(string Category, bool IsNew, int LeadKey, decimal Amount, string Currency)>(
            "SELECT TypeCategory, IsNewCustomer, LeadKey, Amount, ReportingCurrencyIsoCode FROM rpt.Opportunity WHERE SalesforceOpportunityId = '006000000000000012'");
        Assert.That(renewal, Is.EqualTo(("Renewal", false, 0, 11000.0000m, "USD")));
    }

    [Test]
    public void The_weekly_pipeline_holds_an_opportunity_at_the_end_of_every_Sunday_it_was_open()
    {
        // O1: open from Saturday 2024-01-20 to Thursday 2024-02-15: Sundays 21 and 28 January, 4 and 11 February, in Discovery.
        var weeks = warehouse.Connection.Query<(int Week, string Stage, decimal Amount, int Age)>(
            "SELECT s.SnapshotDateKey, st.StageName, s.Amount, s.AgeDays FROM dw.FactPipelineSnapshot s JOIN dw.DimStage st ON st.StageKey = s.StageKey " +
            $"WHERE s.SalesforceOpportunityId = '{Opportunity(1)}' AND s.IsWeekEnd ORDER BY 1").ToList();
        Assert.That(weeks, Is.EqualTo(new[]
        {
            (20240121, "Discovery", 10000.0000m, 1), (20240128, "Discovery", 10000.0000m, 8), (20240204, "Discovery", 10000.0000m, 15),
            (20240211, "Discovery", 10000.0000m, 22),
        }));
    }

    [Test]
    public void The_month_end_pipeline_holds_an_opportunity_open_at_the_end_of_a_calendar_month()
    {
        // O1: open at Wednesday 2024-01-31 24:00, created 2024-01-20 14:00: 11 days 10 hours old = 11 whole days; won before 29 February.
        var months = warehouse.Connection.Query<(int Day, bool IsWeekEnd, int Age)>(
            "SELECT SnapshotDateKey, IsWeekEnd, AgeDays FROM dw.FactPipelineSnapshot " +
            $"WHERE SalesforceOpportunityId = '{Opportunity(1)}' AND IsMonthEnd ORDER BY 1").ToList();
        Assert.That(months, Is.EqualTo(new[] { (20240131, false, 11) }));
    }

    [Test]
    public void Coverage_is_the_pipeline_closing_in_three_months_over_their_bookings_target()
    {
        // Week of 2024-01-21: only O1 is open (10,000, closing in February); January to March targets: 20,000 (February).
        var row = warehouse.Connection.QuerySingle<(decimal Open, decimal Closing, decimal Target, decimal Coverage)>(
            "SELECT OpenAmount, ClosingNextThreeMonthsAmount, BookingsTargetNextThreeMonths, Coverage FROM rpt.PipelineTrend WHERE SnapshotDateKey = 20240121");
        Assert.That(row, Is.EqualTo((10000.0000m, 10000.0000m, 20000.0000m, 0.5000m)));
    }

    [Test]
    public void Target_attainment_compares_each_target_with_what_the_team_or_rep_owned()
    {
        // January: one opportunity created (O1; O2 came on 2024-02-10) of two; February: the team won O1 (10,000) of 20,000;
        // March (the file says "rep" and 2024-03-15: level and month are normalised): the rep won O2 (20,000) of 10,000.
        var rows = warehouse.Connection.Query<(int Month, string Level, string Metric, decimal Target, decimal? Actual, decimal? Attainment)>(
            "SELECT YearMonth, TargetLevel, Metric, TargetValue, ActualValue, Attainment FROM rpt.TargetAttainment ORDER BY 1").ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            (202401, "Team", "Opportunities", 2.0000m, (decimal?)1.0000m, (decimal?)0.5000m),
            (202402, "Team", "Bookings", 20000.0000m, (decimal?)10000.0000m, (decimal?)0.5000m),
            (202403, "Rep", "Bookings", 10000.0000m, (decimal?)20000.0000m, (decimal?)2.0000m),
        }));
    }

    [Test]
    public void The_scorecard_counts_wins_of_closed_deals_and_their_cycle()
    {
        // 2025-02: the renewal, created 2024-12-01 14:00 and won 2025-02-01 15:00 = 62.04 days.
        var row = warehouse.Connection.QuerySingle<(int Closed, int Won, decimal? WinRate, decimal? BidToWin, decimal? Cycle, decimal Bookings)>(
            "SELECT ClosedOpportunities, WonOpportunities, WinRate, BidToWinRate, AvgCycleDaysWon, Bookings FROM rpt.RepScorecard WHERE YearMonth = 202502");
        Assert.That(row, Is.EqualTo((1, 1, (decimal?)1.0000m, (decimal?)1.0000m, (decimal?)62.04m, 11000.0000m)));
    }
}
