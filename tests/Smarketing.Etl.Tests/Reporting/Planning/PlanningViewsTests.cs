using Dapper;
using Smarketing.Etl.Loading.DuckDb;

namespace Smarketing.Etl.Tests.Reporting.Planning;

/// <summary>The revenue-planning views on <see cref="PlanningFixture"/>, against answers worked out by hand.</summary>
[NonParallelizable]
public class PlanningViewsTests
{
    private DuckDbLoader warehouse = null!;

    [OneTimeSetUp]
    public void Load() => warehouse = PlanningFixture.Load();

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    private List<T> Rows<T>(string sql) => warehouse.Connection.Query<T>(sql).ToList();

    [Test]
    public void The_demand_plan_uses_the_trailing_cohort_rates_median_lags_and_average_deal_size()
    {
        // Rates: 40 / 100 inquiries, 20 / 40 MQLs, 10 / 20 SALs, 5 / 10 SQLs, 2 / 5 opportunities. Lags: 10.00 days to MQL;
        // MQL -> SAL 0.10 (12 in time) or 1.23 (8 late): median 0.10; SAL -> SQL 9.90 (8) or 8.77 (2): median 9.90; 10.00 to the
        // opportunity; won after 20 and 40 days: median 30. Deal size (10,000 + 20,000) / 2 = 15,000.
        var rows = Rows<(string Stage, decimal? Rate, int? Cohort, decimal? Lag, decimal ToWin, decimal Deal)>(
            "SELECT StageName, ConversionRate, CohortSize, MedianLagDays, LagToWinDays, AverageDealSize FROM rpt.DemandPlan "
            + "WHERE LookbackMonths = 6 AND TargetYearMonth = 202409 ORDER BY StageOrder");
        Assert.That(rows, Is.EqualTo(new (string, decimal?, int?, decimal?, decimal, decimal)[]
        {
            ("Inquiries", 0.4000m, 100, 10.00m, 60.00m, 15000.0000m), ("MQLs", 0.5000m, 40, 0.10m, 50.00m, 15000.0000m),
            ("SALs", 0.5000m, 20, 9.90m, 49.90m, 15000.0000m), ("SQLs", 0.5000m, 10, 10.00m, 40.00m, 15000.0000m),
            ("Opportunities", 0.4000m, 5, 30.00m, 30.00m, 15000.0000m), ("Wins", null, null, null, 0.00m, 15000.0000m),
        }));
    }

    [Test]
    public void The_demand_plan_works_back_from_the_target_placing_each_stage_the_median_lags_earlier()
    {
        // September target 60,000 / 15,000 = 4 wins; / 0.4 = 10 opportunities; / 0.5 = 20 SQLs; 40 SALs; 80 MQLs; / 0.4 = 200
        // inquiries. Months before the win: round(days / 30.4375): 30 -> 1, 40 -> 1, 49.9 -> 2, 50 -> 2, 60 -> 2.
        // In flight (all overdue, so expected in July, the as-of month): 60 open inquiries x 0.4 = 24 MQLs; 60 x 0.4 x 0.5 = 12
        // plus 10 waiting handoffs x 0.5 = 5: 17 SALs. Nothing has happened after the as-of, so actual is 0.
        var rows = Rows<(string Stage, int Month, decimal Required, decimal Actual, decimal InFlight, decimal Gap)>(
            "SELECT StageName, PlanYearMonth, RequiredCount, ActualCount, InFlightCount, Gap FROM rpt.DemandPlan "
            + "WHERE LookbackMonths = 6 AND TargetYearMonth = 202409 ORDER BY StageOrder");
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("Inquiries", 202407, 200.00m, 0m, 0m, 200.00m), ("MQLs", 202407, 80.00m, 0m, 24.00m, 56.00m),
            ("SALs", 202407, 40.00m, 0m, 17.00m, 23.00m), ("SQLs", 202408, 20.00m, 0m, 0m, 20.00m),
            ("Opportunities", 202408, 10.00m, 0m, 0m, 10.00m), ("Wins", 202409, 4.00m, 0m, 0m, 4.00m),
        }));
    }

    [Test]
    public void A_past_target_compares_the_required_volume_with_what_happened_in_each_plan_month()
    {
        // April target 30,000: 2 wins (1 won in April), 5 opportunities (5 in March), 10 SQLs in March (they came in February),
        // 20 SALs, 40 MQLs and 100 inquiries in February: exactly what happened.
        var rows = Rows<(string Stage, int Month, decimal Required, decimal Actual, decimal Gap)>(
            "SELECT StageName, PlanYearMonth, RequiredCount, ActualCount, Gap FROM rpt.DemandPlan "
            + "WHERE LookbackMonths = 12 AND TargetYearMonth = 202404 ORDER BY StageOrder");
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("Inquiries", 202402, 100.00m, 100m, 0.00m), ("MQLs", 202402, 40.00m, 40m, 0.00m), ("SALs", 202402, 20.00m, 20m, 0.00m),
            ("SQLs", 202403, 10.00m, 0m, 10.00m), ("Opportunities", 202403, 5.00m, 5m, 0.00m), ("Wins", 202404, 2.00m, 1m, 1.00m),
        }));
    }

    [Test]
    public void The_band_widens_with_each_uncertain_rate_between_the_stage_and_the_win()
    {
        // Var(ln p) of Beta(c + 1, n - c + 1) = (n - c + 1) / ((c + 1)(n + 3)): 61 / 4223, 1 / 43, 1 / 23, 1 / 13, 4 / 24; summed
        // from the stage to won. Inquiries: sum 0.324769, sd 0.569885: 200 x exp(-/+ 1.2816 x sd) = 96.35 / 415.17.
        // Opportunities: 1 / 6, sd 0.408248: 10 x exp(-/+ 0.523211) = 5.93 / 16.87. Wins: no rate, no band.
        var rows = Rows<(string Stage, decimal P10, decimal P50, decimal P90)>(
            "SELECT StageName, RequiredP10, RequiredP50, RequiredP90 FROM rpt.DemandPlan "
            + "WHERE LookbackMonths = 6 AND TargetYearMonth = 202409 AND StageName IN ('Inquiries', 'Opportunities', 'Wins') ORDER BY StageOrder");
        Assert.That(rows.Select(r => r.Stage), Is.EqualTo(new[] { "Inquiries", "Opportunities", "Wins" }));
        Assert.That(rows[0].P10, Is.EqualTo(96.35m).Within(0.01m));
        Assert.That(rows[0].P50, Is.EqualTo(200.00m));
        Assert.That(rows[0].P90, Is.EqualTo(415.17m).Within(0.01m));
        Assert.That(rows[1].P10, Is.EqualTo(5.93m).Within(0.01m));
        Assert.That(rows[1].P90, Is.EqualTo(16.87m).Within(0.01m));
        Assert.That((rows[2].P10, rows[2].P90), Is.EqualTo((4.00m, 4.00m)));
    }

    [Test]
    public void The_month_waterfall_shows_each_movement_once_and_slippage()
    {
        // Start: A 2,000 + B 3,000 + C 4,000 + F 7,000 = 16,000; created E 6,000; pulled in D 5,000; pushed out C 4,000 (its
        // second push: slipped); change F +700; won A 2,000; lost B 3,000; end D 5,000 + E 6,000 + F 7,700 = 18,700.
        var row = warehouse.Connection.QuerySingle<(decimal Start, decimal Created, decimal PulledIn, decimal PushedOut, decimal Change,
            decimal Won, decimal Lost, decimal End)>(
            "SELECT StartAmount, CreatedAmount, PulledInAmount, PushedOutAmount, AmountChange, WonAmount, LostAmount, EndAmount "
            + "FROM rpt.PipelineWaterfall WHERE PeriodType = 'Month' AND YearMonth = 202405");
        Assert.That(row, Is.EqualTo((16000m, 6000m, 5000m, 4000m, 700m, 2000m, 3000m, 18700m)));
        var counts = warehouse.Connection.QuerySingle<(int Start, int Created, int PulledIn, int PushedOut, int Changed, int Won, int Lost,
            int End, int Slipped, decimal SlippedAmount, string Rep)>(
            "SELECT StartCount, CreatedCount, PulledInCount, PushedOutCount, AmountChangedCount, WonCount, LostCount, EndCount, SlippedCount, "
            + "SlippedAmount, RepName FROM rpt.PipelineWaterfall WHERE PeriodType = 'Month' AND YearMonth = 202405");
        Assert.That(counts, Is.EqualTo((4, 1, 1, 1, 1, 1, 1, 3, 1, 4000m, "Alex AE")));
    }

    [Test]
    public void Every_waterfall_row_adds_up_from_start_to_end()
    {
        var rows = Rows<(string Type, int End, decimal Start, decimal Created, decimal PulledIn, decimal PushedOut, decimal Change, decimal Won,
            decimal Lost, decimal EndAmount)>(
            "SELECT PeriodType, PeriodEndDateKey, StartAmount, CreatedAmount, PulledInAmount, PushedOutAmount, AmountChange, WonAmount, "
            + "LostAmount, EndAmount FROM rpt.PipelineWaterfall");
        Assert.That(rows.Select(r => r.Type).Distinct().Order(), Is.EqualTo(new[] { "Month", "Week" }));
        Assert.That(rows.Where(r => r.Start + r.Created + r.PulledIn - r.PushedOut + r.Change - r.Won - r.Lost != r.EndAmount), Is.Empty);
    }

    [Test]
    public void The_forecast_back_test_applies_the_win_rate_known_at_the_month_end()
    {
        // Known at 2024-04-30: four Discovery rows of 2024-03-31 expected to close in April, one won in April: 1 / 4 (the age band
        // 0-30 days has fewer than 5 outcomes, so the stage's rate). May from the April month end: A, B, C, F = 16,000 x 0.25 =
        // 4,000; CRM 10 % = 1,600; of them only A (2,000) was won in May: errors 4,000 - 2,000 = 2,000 and 1,600 - 2,000 = -400.
        var row = warehouse.Connection.QuerySingle<(int Open, decimal Amount, decimal Forecast, decimal Crm, decimal Target, int BackTest,
            decimal Actual, decimal Bookings, decimal Error, decimal CrmError)>(
            "SELECT OpenOpportunities, OpenAmount, ForecastAmount, CrmWeightedAmount, BookingsTarget, IsBackTest, ActualFromPipelineAmount, "
            + "ActualBookings, ForecastError, CrmWeightedError FROM rpt.BookingsForecast WHERE ForecastDateKey = 20240430 AND CloseYearMonth = 202405");
        Assert.That(row, Is.EqualTo((4, 16000m, 4000m, 1600m, 10000m, 1, 2000m, 2000m, 2000m, -400m)));
        // D (5,000, expected in June at the April month end) two months ahead, at the same rate.
        Assert.That(warehouse.Connection.QuerySingle<decimal>(
            "SELECT ForecastAmount FROM rpt.BookingsForecast WHERE ForecastDateKey = 20240430 AND HorizonMonths = 2"), Is.EqualTo(1250m));
    }

    [Test]
    public void Leads_handled_within_the_handoff_SLA_convert_better_and_the_gap_is_revenue_at_risk()
    {
        // Resolved handoff clocks: 17 met (12 accepted, 5 disqualified), 13 breached (8 accepted, 5 disqualified); 10 open, left out.
        // SAL 12/17 vs 8/13; SQL 8/17 vs 2/13; won 2/17 vs 0/13. Won: difference 0.117647 +/- 1.96 x sqrt(0.117647 x 0.882353 / 17)
        // = -0.0355 .. 0.2708; revenue at risk 13 x 0.117647 x 15,000 = 22,941.18.
        var rows = Rows<(string Outcome, int MetLeads, int MetConverted, int BreachedLeads, int BreachedConverted, decimal MetRate,
            decimal BreachedRate, string Team)>(
            "SELECT Outcome, MetLeads, MetConverted, BreachedLeads, BreachedConverted, MetRate, BreachedRate, Team FROM rpt.SlaRevenueImpact "
            + "ORDER BY OutcomeOrder");
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("SAL", 17, 12, 13, 8, 0.7059m, 0.6154m, "Sales Development"), ("SQL", 17, 8, 13, 2, 0.4706m, 0.1538m, "Sales Development"),
            ("Won", 17, 2, 13, 0, 0.1176m, 0.0000m, "Sales Development"),
        }));
        var won = warehouse.Connection.QuerySingle<(decimal Difference, decimal Low, decimal High, decimal Average, decimal AtRisk)>(
            "SELECT RateDifference, DifferenceLow, DifferenceHigh, AverageWonAmount, RevenueAtRisk FROM rpt.SlaRevenueImpact WHERE Outcome = 'Won'");
        Assert.That((won.Difference, won.Low, won.High, won.Average), Is.EqualTo((0.1176m, -0.0355m, 0.2708m, 15000m)));
        Assert.That(won.AtRisk, Is.EqualTo(22941.18m).Within(0.01m));
        Assert.That(warehouse.Connection.QuerySingle<decimal?>("SELECT MAX(RevenueAtRisk) FROM rpt.SlaRevenueImpact WHERE Outcome <> 'Won'"),
            Is.Null);
    }
}
