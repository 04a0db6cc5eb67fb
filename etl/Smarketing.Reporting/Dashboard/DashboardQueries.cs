using System.Data.Common;
using System.Globalization;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms;

namespace Smarketing.Reporting.Dashboard;

/// <summary>Reads <see cref="DashboardData"/> from the rpt views with portable SQL (the same statements on DuckDB and SQL Server,
/// proven against the DACPAC like the loader's). Each row set keeps the dimensions the page filters by, and the numerators and
/// denominators of every rate, so that the page recomputes a figure for any filter exactly as the view defines it.</summary>
public static class DashboardQueries
{
    /// <summary>The role (funnel.json slaRules[].role) of the rule whose compliance is the headline SLA figure: selected by role,
    /// so renaming the rule keeps the tile.</summary>
    public const string HeadlineRole = "handoff";

    internal const string AsOfSql = "SELECT MAX(AsOfUtc) FROM rpt.BatchHistory WHERE Status = 'Succeeded'";

    internal const string CurrencySql = "SELECT MAX(ReportingCurrencyIsoCode) FROM rpt.Opportunity";

    internal const string HeadlineRuleSql = "SELECT MAX(SlaRuleName) FROM rpt.SlaRule WHERE SlaRole = '" + HeadlineRole + "'";

    /// <summary>Cohort conversion; each stage-to-stage numerator is the view's rate × its denominator (exact: the rate has four
    /// decimals and a row's denominator is far below 5,000).</summary>
    internal const string FunnelSql =
        "SELECT CohortYearMonth AS Month, COALESCE(PersonaName, 'Unknown') AS Persona, COALESCE(Channel, " +
        "'Unknown') AS Channel, " +
        "Inquiries, Mqls, Handoffs, Sals, Sqls, Opportunities, Customers, " +
        "CAST(ROUND(COALESCE(InquiryToMqlRate, 0) * Inquiries, 0) AS int) AS InquiryThenMql, " +
        "CAST(ROUND(COALESCE(MqlToHandoffRate, 0) * Mqls, 0) AS int) AS MqlThenHandoff, " +
        "CAST(ROUND(COALESCE(HandoffToSalRate, 0) * Handoffs, 0) AS int) AS HandoffThenSal, " +
        "CAST(ROUND(COALESCE(SalToSqlRate, 0) * Sals, 0) AS int) AS SalThenSql, " +
        "CAST(ROUND(COALESCE(SqlToOpportunityRate, 0) * Sqls, 0) AS int) AS SqlThenOpportunity, " +
        "CAST(ROUND(COALESCE(OpportunityToWonRate, 0) * Opportunities, 0) AS int) AS OpportunityThenWon " +
        "FROM rpt.FunnelConversion ORDER BY CohortYearMonth, Persona, Channel";

    /// <summary>Stage velocity; days in stage are carried as a sum (average × completed stays) so they re-average
    /// exactly.</summary>
    internal const string VelocitySql =
        "SELECT EnteredYearMonth AS Month, StageName AS Stage, SortOrder, Entries, Exits, " +
        "CAST(COALESCE(AvgDaysInStage, " +
        "0) * Exits AS decimal(19,2)) AS DaysInStage FROM rpt.FunnelVelocity ORDER BY EnteredYearMonth, SortOrder";

    internal const string SlaSql =
        "SELECT YearMonth AS Month, COALESCE(Team, '(no team)') AS Team, COALESCE(RepName, '(no rep)') AS Rep, " +
        "SlaRuleName AS SlaRule, " +
        "Clocks, Met, Breached, OpenClocks, OpenOverdue, " +
        "CAST(COALESCE(AvgBusinessHoursToResolve, 0) * (Met + Breached) AS decimal(19,2)) AS HoursToResolve " +
        "FROM rpt.SlaCompliance WHERE SlaRuleKey <> 0 ORDER BY YearMonth, Team, Rep, SlaRule";

    internal const string SpeedSql =
        "SELECT YearMonth AS Month, COALESCE(Team, '(no team)') AS Team, COALESCE(RepName, '(no rep)') AS Rep, Handoffs, " +
        "Touched, " +
        "NotYetTouched, UntouchedPastTarget, CAST(ROUND(COALESCE(WithinTargetRate, 0) * Touched, 0) AS int) AS WithinTarget, " +
        "CAST(COALESCE(AvgBusinessHoursToFirstTouch, 0) * Touched AS decimal(19,2)) AS HoursToFirstTouch " +
        "FROM rpt.SpeedToLead ORDER BY YearMonth, Team, Rep";

    /// <summary>The managers' list: who, which rule, how long the lead waited; the lead only by its Salesforce id (no name,
    /// company or e-mail leaves the warehouse).</summary>
    internal const string ExceptionsSql =
        "SELECT (YEAR(StartedAtUtc) * 100) + MONTH(StartedAtUtc) AS Month, COALESCE(ManagerName, '(no manager)') AS Manager, " +
        "COALESCE(Team, '(no team)') AS Team, COALESCE(RepName, '(no rep)') AS Rep, COALESCE(PersonaName, " +
        "'Unknown') AS Persona, " +
        "SalesforceLeadId AS LeadId, SlaRuleName AS SlaRule, ExceptionType, TargetBusinessHours, ElapsedBusinessHours, " +
        "COALESCE(HoursOverdue, 0) AS HoursOverdue FROM rpt.SlaExceptions ORDER BY HoursOverdue DESC, SalesforceLeadId";

    internal const string RepsSql =
        "SELECT YearMonth AS Month, COALESCE(Team, '(no team)') AS Team, COALESCE(RepName, '(no rep)') AS Rep, " +
        "OpportunitiesCreated, " +
        "COALESCE(PipelineCreated, 0) AS PipelineCreated, ClosedOpportunities, WonOpportunities, COALESCE(Bookings, " +
        "0) AS Bookings, " +
        "COALESCE(NewBusinessBookings, 0) AS NewBusinessBookings FROM rpt.RepScorecard ORDER BY YearMonth, Team, Rep";

    internal const string MonthsSql =
        "SELECT YearMonth AS Month, COALESCE(MarketingCost, 0) AS MarketingCost, NewCustomers, " +
        "COALESCE(OpenPipelineAtMonthEnd, 0) AS OpenPipeline " +
        "FROM rpt.ExecutiveSummary ORDER BY YearMonth";

    internal const string CampaignsSql =
        "SELECT CampaignName AS Campaign, COALESCE(Channel, 'Unknown') AS Channel, ModelName AS Model, IsDefaultModel, " +
        "COALESCE(Cost, 0) AS Cost, Leads, COALESCE(AttributedNewCustomers, 0) AS AttributedNewCustomers, " +
        "COALESCE(AttributedPipeline, 0) AS AttributedPipeline, COALESCE(AttributedRevenue, 0) AS AttributedRevenue " +
        "FROM rpt.CampaignPerformance ORDER BY ModelName, CampaignName";

    internal const string PipelineSql =
        "SELECT SnapshotDate AS Week, YearMonth AS Month, StageName AS Stage, StageSortOrder AS SortOrder, OpenOpportunities, " +
        "COALESCE(OpenAmount, 0) AS OpenAmount, COALESCE(WeightedAmount, 0) AS WeightedAmount, " +
        "COALESCE(ClosingNextThreeMonthsAmount, 0) AS ClosingAmount, BookingsTargetNextThreeMonths AS ClosingTarget " +
        "FROM rpt.PipelineTrend ORDER BY SnapshotDate, StageSortOrder";

    /// <summary>Customer accounts summed per channel × persona × segment (never one row per account).</summary>
    internal const string CustomersSql =
        "SELECT COALESCE(AcquisitionChannel, 'Unknown') AS Channel, COALESCE(PersonaName, 'Unknown') AS Persona, " +
        "COALESCE(Segment, 'Unknown') AS Segment, CAST(SUM(Customers) AS int) AS Customers, " +
        "CAST(SUM(NewCustomers) AS int) AS NewCustomers, " +
        "CAST(SUM(ChurnedCustomers) AS int) AS ChurnedCustomers, " +
        "CAST(SUM(LifetimeRevenue) AS decimal(19,2)) AS LifetimeRevenue, " +
        "CAST(SUM(HistoricalClv) AS decimal(19,2)) AS HistoricalClv, " +
        "CAST(SUM(AvgPredictedClv) AS decimal(19,2)) AS PredictedClv, " +
        "CAST(SUM(CASE WHEN NewCustomers = 1 THEN AvgPredictedClv ELSE 0 END) AS decimal(19,2)) AS NewCustomerPredictedClv, " +
        "CAST(SUM(COALESCE(AcquisitionCost, 0)) AS decimal(19,2)) AS AcquisitionCost " +
        "FROM rpt.CustomerLifetimeValue WHERE GroupLevel = 'Account' " +
        "GROUP BY COALESCE(AcquisitionChannel, 'Unknown'), COALESCE(PersonaName, 'Unknown'), COALESCE(Segment, 'Unknown') " +
        "ORDER BY Channel, Persona, Segment";

    /// <summary>Markov and Shapley credit per channel over every journey (Period All), with the bootstrap interval: the models
    /// are fitted on the whole population, so only the channel filter can apply.</summary>
    internal const string DataDrivenSql =
        "SELECT Channel, Model, ConvertedJourneys, CreditedConversions, CreditShare, CreditShareLow, CreditShareHigh " +
        "FROM rpt.AttributionDataDriven WHERE Period = 'All' ORDER BY Model, Channel";

    /// <summary>The reverse waterfall at the 12-month lookback, per target month, team and stage.</summary>
    internal const string PlanSql =
        "SELECT TargetYearMonth AS Month, Team, StageOrder, StageName AS Stage, PlanYearMonth AS PlanMonth, " +
        "RequiredCount AS Required, " +
        "RequiredP10 AS RequiredLow, RequiredP90 AS RequiredHigh, ActualCount AS Actual, InFlightCount AS InFlight " +
        "FROM rpt.DemandPlan WHERE LookbackMonths = 12 ORDER BY TargetYearMonth, Team, StageOrder";

    /// <summary>The monthly pipeline waterfall per rep (the identity holds per row, so sums keep it).</summary>
    internal const string WaterfallSql =
        "SELECT YearMonth AS Month, COALESCE(Team, '(no team)') AS Team, COALESCE(RepName, '(no rep)') AS Rep, StartAmount, " +
        "CreatedAmount, PulledInAmount, PushedOutAmount, AmountChange, WonAmount, LostAmount, EndAmount, SlippedCount " +
        "FROM rpt.PipelineWaterfall WHERE PeriodType = 'Month' ORDER BY YearMonth, Team, Rep";

    /// <summary>The one-month-ahead forecasts that can be judged (their close month has ended).</summary>
    internal const string ForecastSql =
        "SELECT CloseYearMonth AS Month, ForecastAmount, CrmWeightedAmount, ActualFromPipelineAmount AS ActualAmount, " +
        "COALESCE(BookingsTarget, 0) AS TargetAmount FROM rpt.BookingsForecast WHERE HorizonMonths = 1 AND IsBackTest = 1 " +
        "ORDER BY CloseYearMonth";

    /// <summary>Handoff SLA met vs breached and what the cycles became; the average won amount makes revenue at risk.</summary>
    internal const string SlaImpactSql =
        "SELECT YearMonth AS Month, COALESCE(Team, '(no team)') AS Team, COALESCE(PersonaName, 'Unknown') AS Persona, Outcome, " +
        "OutcomeOrder, MetLeads, MetConverted, BreachedLeads, BreachedConverted, " +
        "COALESCE(AverageWonAmount, 0) AS AverageWonAmount " +
        "FROM rpt.SlaRevenueImpact ORDER BY YearMonth, Team, Persona, OutcomeOrder";

    /// <summary>The account funnel per Target cohort month, first engagement and segment: counts and day totals, so rates and
    /// averages are recomputed for any filter.</summary>
    internal const string AccountFunnelSql =
        "SELECT CohortYearMonth AS Month, Segment, FirstEngagedChannel AS Channel, FirstEngagedPersona AS Persona, " +
        "StageNumber, StageName AS Stage, Accounts, NextStageAccounts, DaysToNextStageTotal FROM rpt.AccountFunnel " +
        "ORDER BY CohortYearMonth, Segment, FirstEngagedChannel, FirstEngagedPersona, StageNumber";

    /// <summary>New-business deals per close month, segment and buying-group coverage band.</summary>
    internal const string BuyingGroupsSql =
        "SELECT CloseYearMonth AS Month, Segment, CoverageBand AS Band, CoverageBandOrder AS BandOrder, Opportunities, " +
        "ClosedOpportunities, WonOpportunities, WonCycleDaysTotal, CompleteGroups, DaysToCompleteTotal " +
        "FROM rpt.BuyingGroupCoverage ORDER BY CloseYearMonth, Segment, CoverageBandOrder";

    /// <summary>Every row set of the page by name, with its statement.</summary>
    public static IReadOnlyList<(string Name, string Sql)> RowSets { get; } =
    [
        ("funnel", FunnelSql), ("velocity", VelocitySql), ("sla", SlaSql), ("speed", SpeedSql), ("exceptions", ExceptionsSql),
        ("reps", RepsSql), ("months", MonthsSql), ("campaigns", CampaignsSql), ("pipeline", PipelineSql), ("customers", CustomersSql),
        ("datadriven", DataDrivenSql), ("plan", PlanSql), ("waterfall", WaterfallSql), ("forecast", ForecastSql),
        ("slaimpact", SlaImpactSql), ("accountfunnel", AccountFunnelSql), ("buyinggroups", BuyingGroupsSql),
    ];

    /// <summary>Reads the dashboard's data.</summary>
    public static DashboardData Load(IWarehouseLoader warehouse)
    {
        var asOf = Scalar(warehouse, AsOfSql, r => r.Instant(0));
        var data = new DashboardData
        {
            AsOfUtc = asOf?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
            Currency = Scalar(warehouse, CurrencySql, r => r.Str(0)) ?? "USD",
            HeadlineSlaRule = Scalar(warehouse, HeadlineRuleSql, r => r.Str(0)),
        };
        foreach (var (name, sql) in RowSets)
        {
            data.Tables[name] = Table(warehouse, sql);
        }

        return data;
    }

    private static DashboardTable Table(IWarehouseLoader warehouse, string sql)
    {
        using var r = warehouse.Read(sql);
        var columns = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToList();
        var rows = new List<object?[]>();
        while (r.Read())
        {
            rows.Add(Enumerable.Range(0, r.FieldCount).Select(i => Value(r, i)).ToArray());
        }

        return new DashboardTable(columns, rows);
    }

    /// <summary>A cell as a JSON-friendly value: numbers as numbers, instants and dates as ISO-8601 text, flags as 0/1.</summary>
    private static object? Value(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        string s => s,
        decimal m => m,
        double v => v,
        float v => (double)v,
        var v => Convert.ToInt64(v, CultureInfo.InvariantCulture),
    };

    private static T? Scalar<T>(IWarehouseLoader warehouse, string sql, Func<DbDataReader, T?> read)
    {
        using var r = warehouse.Read(sql);
        return r.Read() ? read(r) : default;
    }
}
