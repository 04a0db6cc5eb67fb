using System.Data;
using System.Globalization;
using Smarketing.Etl.Loading;

namespace Smarketing.Reporting;

/// <summary>What <c>smarketing plan</c> reads: the reverse waterfall of <c>rpt.DemandPlan</c> for one lookback and quarter, and
/// the last successful batch's as-of instant (the default quarter is the one after it). Constant, portable queries, so the static
/// SQL Server proof parses and resolves them like every other read command's; the lookback and quarter are applied to the
/// rows read (a plan has a few hundred rows per lookback), not spliced into the text.</summary>
public static class DemandPlanQuery
{
    internal const string LatestAsOfSql = "SELECT MAX(AsOfUtc) FROM rpt.BatchHistory WHERE Status = 'Succeeded'";

    internal const string Sql =
        "SELECT LookbackMonths, TargetYearMonth, CAST(TargetYearMonth AS varchar(7)) AS TargetMonth, Team, StageName AS Stage, " +
        "PlanYearMonth AS PlanMonth, RequiredCount AS Required, RequiredP10 AS P10, RequiredP90 AS P90, " +
        "ActualCount AS Actual, InFlightCount AS InFlight, Gap, ConversionRate, MedianLagDays " +
        "FROM rpt.DemandPlan ORDER BY LookbackMonths, TargetYearMonth, Team, StageOrder";

    /// <summary>The last successful batch's as-of instant, or null before the first one.</summary>
    public static DateTime? LatestAsOf(IWarehouseLoader warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        using var reader = warehouse.Read(LatestAsOfSql);
        return reader.Read() && !reader.IsDBNull(0) ? reader.GetDateTime(0) : null;
    }

    /// <summary>The plan rows of <paramref name="lookbackMonths"/> whose target month (yyyymm) lies in
    /// <paramref name="firstMonth"/>..<paramref name="lastMonth"/>, in target month, team and stage order.</summary>
    public static DataTable Read(IWarehouseLoader warehouse, int lookbackMonths, int firstMonth, int lastMonth, string name)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var table = new DataTable(name) { Locale = CultureInfo.InvariantCulture };
        using (var reader = warehouse.Read(Sql))
        {
            table.Load(reader);
        }

        foreach (var row in table.Rows.Cast<DataRow>().ToList())
        {
            var month = Convert.ToInt32(row["TargetYearMonth"], CultureInfo.InvariantCulture);
            if (Convert.ToInt32(row["LookbackMonths"], CultureInfo.InvariantCulture) != lookbackMonths || month < firstMonth || month > lastMonth)
            {
                table.Rows.Remove(row);
            }
        }

        table.Columns.Remove("LookbackMonths");
        table.Columns.Remove("TargetYearMonth");
        return table;
    }
}
