using Dapper;
using Serilog;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Sources.Mapping;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>The shipped hubspot preset on <see cref="HubSpotFixture"/>: lifecycle dates become the funnel, deals its opportunity
/// stages, owners the reps and e-mail events Marketo-style activities.</summary>
[NonParallelizable]
public class HubSpotPresetTests
{
    private DuckDbLoader warehouse = null!;
    private NormalizationResult mapped = null!;

    [OneTimeSetUp]
    public void Load()
    {
        var folder = CliProcess.TempFolder();
        HubSpotFixture.Write(Path.Combine(folder, "hubspot"));
        mapped = MappingNormalizer.Normalize(MappingLoader.Load("hubspot"), Path.Combine(folder, "hubspot"), Path.Combine(folder, "canonical"));
        (warehouse, var result) = TestWarehouse.Load(folder, Path.Combine(folder, "canonical"), HubSpotFixture.AsOf);
        Assert.That(result.Rejects, Is.Empty);
    }

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    [Test]
    public void Lifecycle_stage_dates_and_deal_stage_dates_make_one_timeline()
    {
        var stages = warehouse.Connection.Query<(string Stage, DateTime At)>(
            "SELECT s.StageName, h.EnteredAtUtc FROM dw.FactStageHistory h JOIN dw.DimStage s ON s.StageKey = h.StageKey JOIN dw.DimLead l ON l.LeadKey = h.LeadKey " +
            $"WHERE l.SalesforceLeadId = '{SyntheticIds.Salesforce("00Q", ["501"])}' ORDER BY h.SequenceNumber").ToList();
        Assert.That(stages, Is.EqualTo(new[]
        {
            ("Inquiry", T(4, 9, 15)), ("MQL", T(6, 11)), ("SQL", T(8, 15)), ("Discovery", T(11, 10)), ("Demonstration", T(15, 10)),
            ("Negotiation", T(22, 10)), ("Closed Won", T(29, 16)),
        }));
    }

    [Test]
    public void Funnel_counts_follow_the_lifecycle_stages()
    {
        // Inquiries 501-504; MQL 501, 502, 504; SQL 501, 504; opportunities (deals) 501, 504; customer 501.
        var row = warehouse.Connection.QuerySingle<(long Inquiries, long Mqls, long Sqls, long Opportunities, long Customers)>(
            "SELECT sum(Inquiries), sum(Mqls), sum(Sqls), sum(Opportunities), sum(Customers) FROM rpt.FunnelConversion");
        Assert.That(row, Is.EqualTo((4L, 3L, 2L, 2L, 1L)));
        var channels = warehouse.Connection.Query<string>("SELECT DISTINCT Channel FROM rpt.FunnelConversion ORDER BY 1");
        Assert.That(channels, Is.EqualTo(new[] { "Email", "Organic", "Paid Media", "Referral" }));
    }

    [Test]
    public void Owners_become_reps_and_the_won_deal_is_Olivias()
    {
        Assert.That(warehouse.Connection.Query<string>("SELECT RepName FROM dw.DimRep WHERE RepKey <> 0 ORDER BY 1"), Is.EqualTo(new[] { "Olivia Owner", "Sam Seller" }));
        Assert.That(warehouse.Connection.QuerySingle<string>(
            "SELECT r.RepName FROM dw.FactLeadFunnel f JOIN dw.DimRep r ON r.RepKey = f.OwnerRepKey WHERE f.WonDateKey IS NOT NULL"), Is.EqualTo("Olivia Owner"));
    }

    [Test]
    public void Email_events_become_activities_of_types_6_7_10_11_and_an_unknown_recipient_is_reported()
    {
        var types = warehouse.Connection.Query<(int Type, long Count)>(
            "SELECT t.MarketoActivityTypeId, count(*) FROM dw.FactMarketingActivity a JOIN dw.DimActivityType t ON t.ActivityTypeKey = a.ActivityTypeKey " +
            "WHERE a.LeadKey <> 0 GROUP BY 1 ORDER BY 1").ToList();
        Assert.That(types, Is.EqualTo(new[] { (0, 1L), (6, 2L), (7, 1L), (10, 1L), (11, 1L) }));
        var activities = mapped.Entities.Single(e => e.Entity.Key == "activities");
        Assert.That(activities.Rejects.Single().ToString(), Is.EqualTo(
            "email_events.csv line 7, column recipient: 'nobody@nowhere.test' matches no leads row by Email (activities.columns.leadId.lookup)"));
        Assert.That(activities.UnmappedValues, Is.EqualTo(new Dictionary<string, int> { ["activities.columns.activityTypeId: 'DROPPED'"] = 1 }));
    }

    [Test]
    public void A_contacts_only_export_maps_with_the_optional_files_skipped_and_noted()
    {
        var folder = CliProcess.TempFolder();
        HubSpotFixture.Write(folder);
        foreach (var file in new[] { "deals.csv", "owners.csv", "email_events.csv" })
        {
            File.Delete(Path.Combine(folder, file));
        }

        var result = MappingNormalizer.Normalize(MappingLoader.Load("hubspot"), folder, Path.Combine(folder, "out"));
        Assert.That(result.Entities.Where(e => e.RowsWritten > 0).Select(e => e.Entity.Key), Is.EqualTo(new[] { "leads", "stageChanges" }));
        Assert.That(result.Entities.SelectMany(e => e.Notes), Does.Contain("opportunities: deals.csv is not in the export folder; the entity is optional and was skipped"));
        Assert.That(Directory.GetFiles(Path.Combine(folder, "out")).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "Lead.csv", "LeadHistory.csv" }));
    }

    [Test]
    public void Every_rpt_view_runs_on_the_hubspot_load()
    {
        foreach (var view in warehouse.Catalog.Views)
        {
            Assert.DoesNotThrow(() => warehouse.Connection.Query($"SELECT * FROM {view.FullName}").ToList(), view.FullName);
        }
    }

    private static DateTime T(int day, int hour, int minute = 0) => new(2024, 3, day, hour, minute, 0, DateTimeKind.Utc);
}
