using Dapper;
using Serilog;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Sources.Mapping;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>The two-file CRM export loaded through the documented example mapping, against answers worked out by hand
/// (see <see cref="TwoFileCrmFixture"/>).</summary>
[NonParallelizable]
public class TwoFileCrmMappingTests
{
    private DuckDbLoader warehouse = null!;
    private NormalizationResult mapped = null!;

    [OneTimeSetUp]
    public void Load()
    {
        var folder = CliProcess.TempFolder();
        TwoFileCrmFixture.Write(Path.Combine(folder, "crm"));
        mapped = MappingNormalizer.Normalize(MappingLoader.Load(TwoFileCrmFixture.MappingPath), Path.Combine(folder, "crm"), Path.Combine(folder, "canonical"));
        (warehouse, var result) = TestWarehouse.Load(folder, Path.Combine(folder, "canonical"), TwoFileCrmFixture.AsOf);
        Assert.That(result.Rejects, Is.Empty, "the canonical files the mapping writes stage without rejects");
    }

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    private static string Lead(string reference) => SyntheticIds.Salesforce("00Q", [reference]);

    [Test]
    public void The_impossible_date_is_reported_with_file_line_column_and_value_and_loaded_nowhere()
    {
        var leads = mapped.Entities.Single(e => e.Entity.Key == "leads");
        Assert.That(leads.RowsRead, Is.EqualTo(7));
        Assert.That(leads.RowsWritten, Is.EqualTo(6));
        Assert.That(leads.Rejects.Single().ToString(), Is.EqualTo(
            "leads.csv line 8, column first_contact: '31/02/2024' is not a date in the format dd/MM/yyyy (leads.columns.CreatedDate)"));
        Assert.That(warehouse.Connection.QuerySingle<long>($"SELECT count(*) FROM dw.DimLead WHERE SalesforceLeadId = '{Lead("L-007")}'"), Is.Zero);
    }

    [Test]
    public void Free_text_origins_that_no_value_map_lists_take_the_default_and_are_counted()
    {
        var leads = mapped.Entities.Single(e => e.Entity.Key == "leads");
        Assert.That(leads.UnmappedValues, Is.EqualTo(new Dictionary<string, int> { ["leads.columns.LeadSource: 'trade fair Berlin'"] = 1 }));
    }

    [Test]
    public void Stage_date_columns_become_the_stage_history_followed_by_the_deal()
    {
        var stages = warehouse.Connection.Query<(string Stage, DateTime At)>(
            "SELECT s.StageName, h.EnteredAtUtc FROM dw.FactStageHistory h JOIN dw.DimStage s ON s.StageKey = h.StageKey JOIN dw.DimLead l ON l.LeadKey = h.LeadKey " +
            $"WHERE l.SalesforceLeadId = '{Lead("L-001")}' ORDER BY h.SequenceNumber").ToList();
        Assert.That(stages, Is.EqualTo(new[]
        {
            ("Inquiry", D(2)), ("MQL", D(3)), ("SQL", D(5)), ("Discovery", D(8)), ("Closed Won", D(20)),
        }));
    }

    [Test]
    public void Conversion_totals_follow_the_hand_count()
    {
        // 6 mapped leads; MQL: L1-L4; SQL: L1, L2, L4; opportunities and wins: L1, L2. No handoff/SAL dates in this CRM.
        var row = warehouse.Connection.QuerySingle<(int Cohort, long Inquiries, long Mqls, long Handoffs, long Sals, long Sqls, long Opportunities, long Customers)>(
            "SELECT min(CohortYearMonth), sum(Inquiries), sum(Mqls), sum(Handoffs), sum(Sals), sum(Sqls), sum(Opportunities), sum(Customers) FROM rpt.FunnelConversion");
        Assert.That(row, Is.EqualTo((202404, 6L, 4L, 0L, 0L, 3L, 2L, 2L)));
    }

    [Test]
    public void Conversion_by_channel_maps_free_text_origins_to_channels()
    {
        var rows = warehouse.Connection.Query<(string Channel, long Inquiries, long Mqls, long Sqls, long Customers)>(
            "SELECT Channel, sum(Inquiries), sum(Mqls), sum(Sqls), sum(Customers) FROM rpt.FunnelConversion GROUP BY Channel ORDER BY Channel").ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("Events", 1L, 1L, 0L, 0L), ("Organic", 1L, 0L, 0L, 0L), ("Other", 1L, 0L, 0L, 0L), ("Paid Media", 2L, 2L, 2L, 2L), ("Referral", 1L, 1L, 1L, 0L),
        }));
        // Paid Media has one row per persona (CIO, CFO); both leads became customers.
        Assert.That(warehouse.Connection.Query<decimal>("SELECT LeadToCustomerRate FROM rpt.FunnelConversion WHERE Channel = 'Paid Media'"), Is.EqualTo(new[] { 1.0000m, 1.0000m }));
    }

    [Test]
    public void Conversion_by_persona_comes_from_the_deal_profile()
    {
        var won = warehouse.Connection.Query<(string Persona, long Customers)>(
            "SELECT PersonaName, sum(Customers) FROM rpt.FunnelConversion WHERE Customers > 0 GROUP BY PersonaName ORDER BY PersonaName").ToList();
        Assert.That(won, Is.EqualTo(new[] { ("Finance Buyer", 1L), ("IT Decision Maker", 1L) }));
    }

    [Test]
    public void Wins_by_rep_use_the_opaque_rep_ids_of_the_deals()
    {
        var won = warehouse.Connection.Query<(string Rep, long Won)>(
            "SELECT r.RepName, count(*) FROM dw.FactLeadFunnel f JOIN dw.DimRep r ON r.RepKey = f.OwnerRepKey WHERE f.WonDateKey IS NOT NULL GROUP BY r.RepName ORDER BY 1").ToList();
        Assert.That(won, Is.EqualTo(new[] { ("R-17", 1L), ("R-42", 1L) }));
    }

    [Test]
    public void Velocity_from_first_contact_to_won_is_worked_out_by_hand()
    {
        // L-001: 2 Apr → 20 Apr = 18 days (deal 8 → 20 Apr = 12); L-002: 3 Apr → 30 Apr = 27 days (deal 12 → 30 Apr = 18).
        var days = warehouse.Connection.Query<(int? ToWon, int? OpportunityToWon)>(
            "SELECT DaysInquiryToWon, DaysOpportunityToWon FROM dw.FactLeadFunnel WHERE WonDateKey IS NOT NULL ORDER BY DaysInquiryToWon").ToList();
        Assert.That(days, Is.EqualTo(new[] { ((int?)18, (int?)12), (27, 18) }));
        var velocity = warehouse.Connection.QuerySingle<(int Entries, decimal FromInquiry, decimal FromOpportunity)>(
            "SELECT Entries, AvgDaysFromInquiry, AvgDaysFromOpportunityStart FROM rpt.FunnelVelocity WHERE StageName = 'Closed Won'");
        Assert.That(velocity, Is.EqualTo((2, 22.50m, 15.00m)));
    }

    [Test]
    public void Every_rpt_view_runs_without_activities_tasks_campaigns_or_accounts()
    {
        foreach (var view in warehouse.Catalog.Views)
        {
            Assert.DoesNotThrow(() => warehouse.Connection.Query($"SELECT * FROM {view.FullName}").ToList(), view.FullName);
        }
    }

    private static DateTime D(int day) => new(2024, 4, day, 0, 0, 0, DateTimeKind.Utc);
}
