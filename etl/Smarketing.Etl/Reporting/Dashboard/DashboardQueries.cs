using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms;

namespace Smarketing.Etl.Reporting.Dashboard;

/// <summary>Reads <see cref="DashboardData"/> from the rpt views with portable SQL (either engine).</summary>
public static class DashboardQueries
{
    /// <summary>The role (funnel.json slaRules[].role) of the rule whose compliance is the headline SLA figure.</summary>
    public const string HeadlineRole = "handoff";

    /// <summary>The headline rule, selected by role so that renaming the rule keeps the tile.</summary>
    private const string HeadlineRule = $"SlaRuleName IN (SELECT SlaRuleName FROM rpt.SlaRule WHERE SlaRole = '{HeadlineRole}')";

    /// <summary>Reads the dashboard's data.</summary>
    public static DashboardData Load(IWarehouseLoader warehouse)
    {
        var data = new DashboardData { AsOfUtc = Scalar(warehouse, "SELECT MAX(AsOfUtc) FROM rpt.BatchHistory WHERE Status = 'Succeeded'", r => r.Instant(0)) };
        using (var r = warehouse.Read(
                   "SELECT CAST(SUM(Inquiries) AS bigint), CAST(SUM(Mqls) AS bigint), CAST(SUM(Handoffs) AS bigint), CAST(SUM(Sals) AS bigint), " +
                   "CAST(SUM(Sqls) AS bigint), CAST(SUM(Opportunities) AS bigint), CAST(SUM(Customers) AS bigint) FROM rpt.FunnelConversion"))
        {
            if (r.Read())
            {
                string[] stages = ["Inquiries", "MQLs", "Handoffs", "SALs", "SQLs", "Opportunities", "Customers"];
                for (var i = 0; i < stages.Length; i++)
                {
                    data.Funnel.Add((stages[i], r.Long(i) ?? 0));
                }
            }
        }

        var leads = data.Funnel.FirstOrDefault().Leads;
        data.Kpis.Add(new Kpi("leads", "Leads", leads, "count"));
        data.Kpis.Add(new Kpi("mqls", "MQLs", data.Funnel.Count > 1 ? data.Funnel[1].Leads : 0, "count"));
        data.Kpis.Add(new Kpi("sla", "SLA compliance (Handoff accept or reject)", Scalar(warehouse,
            "SELECT CAST(CAST(SUM(Met) AS decimal(18,4)) / NULLIF(SUM(Met) + SUM(Breached), 0) AS decimal(9,4)) FROM rpt.SlaCompliance " +
            $"WHERE {HeadlineRule}", r => r.Dec(0)), "percent"));
        data.Kpis.Add(new Kpi("leadToCustomer", "Lead-to-customer rate",
            leads == 0 ? null : decimal.Round((decimal)data.Funnel[^1].Leads / leads, 4), "percent"));
        data.Kpis.Add(new Kpi("openExceptions", "SLA exceptions today", Scalar(warehouse, "SELECT CAST(count(*) AS bigint) FROM rpt.SlaExceptions", r => r.Long(0)), "count"));
        data.Kpis.Add(new Kpi("bookings", "Bookings (won, all types)", Scalar(warehouse, "SELECT CAST(SUM(WonAmount) AS decimal(19,2)) FROM rpt.Opportunity", r => r.Dec(0)), "money"));
        data.Kpis.Add(new Kpi("clvToCac", "CLV : CAC (predicted)", Scalar(warehouse,
            "SELECT CAST(SUM(AvgPredictedClv) / NULLIF(SUM(AcquisitionCost), 0) AS decimal(12,2)) FROM rpt.CustomerLifetimeValue WHERE GroupLevel = 'Account'", r => r.Dec(0)), "ratio"));

        using (var r = warehouse.Read(
                   "SELECT YearMonth, Team, CAST(CAST(SUM(Met) AS decimal(18,4)) / NULLIF(SUM(Met) + SUM(Breached), 0) AS decimal(9,4)) " +
                   $"FROM rpt.SlaCompliance WHERE {HeadlineRule} GROUP BY YearMonth, Team ORDER BY YearMonth, Team"))
        {
            while (r.Read())
            {
                data.SlaTrend.Add((r.Int(0)!.Value, r.Str(1) ?? "(no team)", r.Dec(2)));
            }
        }

        using (var r = warehouse.Read(
                   "SELECT COALESCE(ManagerName, '(no manager)'), RepName, SalesforceLeadId, COALESCE(Company, ''), SlaRuleName, ExceptionType, HoursOverdue " +
                   "FROM rpt.SlaExceptions ORDER BY HoursOverdue DESC, SalesforceLeadId"))
        {
            while (r.Read() && data.Exceptions.Count < 25)
            {
                data.Exceptions.Add(new ExceptionRow(r.Str(0)!, r.Str(1) ?? "", r.Str(2) ?? "", r.Str(3)!, r.Str(4) ?? "", r.Str(5) ?? "", r.Dec(6) ?? 0));
            }
        }

        using (var r = warehouse.Read(
                   "SELECT CampaignName, Roi FROM rpt.CampaignPerformance WHERE IsDefaultModel = 1 AND Cost > 0 AND Roi IS NOT NULL ORDER BY Roi DESC, CampaignName"))
        {
            while (r.Read() && data.CampaignRoi.Count < 10)
            {
                data.CampaignRoi.Add((r.Str(0) ?? "", r.Dec(1) ?? 0));
            }
        }

        using (var r = warehouse.Read(
                   "SELECT GroupName, PredictedClvToCac FROM rpt.CustomerLifetimeValue WHERE GroupLevel = 'AcquisitionChannel' AND PredictedClvToCac IS NOT NULL ORDER BY GroupName"))
        {
            while (r.Read())
            {
                data.ClvToCac.Add((r.Str(0) ?? "", r.Dec(1) ?? 0));
            }
        }

        return data;
    }

    private static T? Scalar<T>(IWarehouseLoader warehouse, string sql, Func<System.Data.Common.DbDataReader, T?> read)
    {
        using var r = warehouse.Read(sql);
        return r.Read() ? read(r) : default;
    }
}
