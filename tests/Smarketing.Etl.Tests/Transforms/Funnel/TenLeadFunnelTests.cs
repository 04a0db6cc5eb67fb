using Dapper;
using Serilog;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Tests.Support;
using static Smarketing.Etl.Tests.Transforms.Funnel.TenLeadFixture;

namespace Smarketing.Etl.Tests.Transforms.Funnel;

/// <summary>The funnel, SLA and recycle metrics of the ten-lead fixture against answers computed by hand (see <see cref="TenLeadFixture"/>).</summary>
[NonParallelizable]
public class TenLeadFunnelTests
{
    private DuckDbLoader warehouse = null!;

    [OneTimeSetUp]
    public void Load()
    {
        var folder = CliProcess.TempFolder();
        Write(Path.Combine(folder, "exports"));
        var configuration = ConfigurationLoader.Load(null);
        configuration.Value.SlaRules.RemoveAll(r => r.Name != "Handoff accept or reject");
        warehouse = TestWarehouse.Load(folder, Path.Combine(folder, "exports"), AsOf, configuration).Warehouse;
    }

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    private T One<T>(string sql) => warehouse.Connection.QuerySingle<T>(sql);

    [Test]
    public void Handoff_compliance_is_five_met_of_seven_resolved()
    {
        var row = One<(long Clocks, long Met, long Breached, long Open, long OpenOverdue, decimal Rate, decimal RateIncludingOpen, decimal Median, decimal P90)>(
            "SELECT Clocks, Met, Breached, OpenClocks, OpenOverdue, ComplianceRate, ComplianceRateIncludingOpen, MedianBusinessHoursToResolve, P90BusinessHoursToResolve " +
            "FROM rpt.SlaCompliance WHERE SlaRuleName = 'Handoff accept or reject'");
        Assert.That(row, Is.EqualTo((8L, 5L, 2L, 1L, 1L, 0.7143m, 0.6250m, 2.00m, 16.00m)));
    }

    [Test]
    public void Each_clock_has_the_business_hours_worked_out_by_hand()
    {
        var hours = warehouse.Connection.Query<(string Lead, decimal Hours, string Status)>(
                "SELECT l.SalesforceLeadId, c.ElapsedBusinessHours, c.Status FROM dw.FactSlaClock c JOIN dw.DimLead l ON l.LeadKey = c.LeadKey ORDER BY 1, c.StartedAtUtc")
            .ToList();
        Assert.That(hours, Is.EqualTo(new[]
        {
            (Lead(1), 2.00m, "Met"), (Lead(2), 12.00m, "Breached"), (Lead(3), 1.00m, "Met"), (Lead(3), 1.00m, "Met"),
            (Lead(4), 1.50m, "Met"), (Lead(5), 16.00m, "Breached"), (Lead(6), 159.00m, "Open"), (Lead(10), 7.00m, "Met"),
        }));
    }

    [Test]
    public void A_rejected_lead_requalified_after_nurture_has_two_cycles_and_two_clocks()
    {
        Assert.That(One<long>($"SELECT count(*) FROM dw.FactLeadFunnel f JOIN dw.DimLead l ON l.LeadKey = f.LeadKey WHERE l.SalesforceLeadId = '{Lead(3)}'"), Is.EqualTo(2));
        Assert.That(One<long>($"SELECT count(*) FROM dw.FactSlaClock c JOIN dw.DimLead l ON l.LeadKey = c.LeadKey WHERE l.SalesforceLeadId = '{Lead(3)}'"), Is.EqualTo(2));
        var stages = warehouse.Connection.Query<(string Stage, int Cycle)>(
            $"SELECT s.StageName, h.CycleNumber FROM dw.FactStageHistory h JOIN dw.DimStage s ON s.StageKey = h.StageKey JOIN dw.DimLead l ON l.LeadKey = h.LeadKey " +
            $"WHERE l.SalesforceLeadId = '{Lead(3)}' ORDER BY h.SequenceNumber").ToList();
        Assert.That(stages, Is.EqualTo(new[]
        {
            ("Inquiry", 1), ("MQL", 1), ("Handoff", 1), ("Recycled (Nurture)", 1), ("MQL", 2), ("Handoff", 2), ("SAL", 2),
        }));
    }

    [Test]
    public void A_lead_jumping_from_inquiry_straight_to_SQL_skips_the_stages_between()
    {
        var stages = warehouse.Connection.Query<string>(
            $"SELECT s.StageName FROM dw.FactStageHistory h JOIN dw.DimStage s ON s.StageKey = h.StageKey JOIN dw.DimLead l ON l.LeadKey = h.LeadKey " +
            $"WHERE l.SalesforceLeadId = '{Lead(9)}' ORDER BY h.SequenceNumber").ToList();
        Assert.That(stages, Is.EqualTo(new[] { "Inquiry", "SQL" }));
        var funnel = One<(int? Mql, int? Handoff, int? Sal, int? Sql)>(
            $"SELECT f.MqlDateKey, f.HandoffDateKey, f.SalDateKey, f.SqlDateKey FROM dw.FactLeadFunnel f JOIN dw.DimLead l ON l.LeadKey = f.LeadKey WHERE l.SalesforceLeadId = '{Lead(9)}'");
        Assert.That(funnel, Is.EqualTo(((int?)null, (int?)null, (int?)null, (int?)20240403)));
    }

    [Test]
    public void Recycle_rate_is_two_recycled_of_seven_handed_off()
    {
        var row = One<(long HandedOff, long Recycled, decimal Rate, string Rep, string Persona)>(
            "SELECT LeadsHandedOff, LeadsRecycled, RecycleRate, RepName, PersonaName FROM rpt.RecycleRate");
        Assert.That(row, Is.EqualTo((7L, 2L, 0.2857m, "Riley SDR", "IT Decision Maker")));
    }

    [Test]
    public void Cohort_conversion_follows_the_definition_stage_by_stage()
    {
        var row = One<(int Cohort, long Inquiries, long Mqls, long Handoffs, long Sals, long Sqls, long Opportunities, long Customers)>(
            "SELECT CohortYearMonth, Inquiries, Mqls, Handoffs, Sals, Sqls, Opportunities, Customers FROM rpt.FunnelConversion");
        Assert.That(row, Is.EqualTo((202404, 10L, 8L, 7L, 4L, 2L, 1L, 1L)));
        var rates = One<(decimal, decimal, decimal, decimal, decimal, decimal, decimal)>(
            "SELECT InquiryToMqlRate, MqlToHandoffRate, HandoffToSalRate, SalToSqlRate, SqlToOpportunityRate, OpportunityToWonRate, LeadToCustomerRate FROM rpt.FunnelConversion");
        Assert.That(rates, Is.EqualTo((0.8000m, 0.8750m, 0.5714m, 0.2500m, 0.5000m, 1.0000m, 0.1000m)));
    }

    [Test]
    public void The_exception_list_holds_the_unanswered_lead_with_its_hours_overdue()
    {
        var rows = warehouse.Connection.Query<(string Lead, string Type, decimal Over, string Rep, string Manager)>(
            "SELECT SalesforceLeadId, ExceptionType, HoursOverdue, RepName, ManagerName FROM rpt.SlaExceptions").ToList();
        Assert.That(rows, Is.EqualTo(new[] { (Lead(6), "Open past due", 151.00m, "Riley SDR", "Max Manager") }));
    }

    [Test]
    public void Every_rpt_view_runs_on_the_loaded_fixture()
    {
        foreach (var view in warehouse.Catalog.Views)
        {
            Assert.DoesNotThrow(() => warehouse.Connection.Query($"SELECT * FROM {view.FullName}").ToList(), view.FullName);
        }
    }

    [Test]
    public void The_managers_csv_list_holds_the_same_exception_as_the_view()
    {
        using var text = new StringWriter();
        var count = Smarketing.Reporting.SlaExceptionReport.WriteCsv(warehouse, text);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(count, Is.EqualTo(1));
        Assert.That(lines[0], Does.StartWith("Manager,ManagerEmail,Rep,RepEmail,Team,SalesforceLeadId"));
        Assert.That(lines[1], Does.StartWith($"Max Manager,max@example.com,Riley SDR,riley@example.com,Sales Development,{Lead(6)},Company 6,IT Decision Maker,Handoff accept or reject,Open past due,8.00,159.00,151.00"));
    }
}
