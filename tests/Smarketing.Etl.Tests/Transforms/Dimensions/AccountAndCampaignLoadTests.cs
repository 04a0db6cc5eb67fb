using Dapper;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;
using Smarketing.Etl.Transforms;
using Smarketing.Etl.Transforms.Dimensions;

namespace Smarketing.Etl.Tests.Transforms.Dimensions;

/// <summary>The set-based loads of dw.DimCampaign and dw.DimAccount (prep.Campaign, prep.Account over the configuration's look-up
/// tables): a handful of staged rows, each chosen for one rule, loaded by the transforms inside a real batch (the Unknown
/// members, key 0, aside).</summary>
[NonParallelizable]
public class AccountAndCampaignLoadTests
{
    private string folder = null!;
    private DuckDbLoader warehouse = null!;

    private static FunnelConfiguration Configuration()
    {
        var configuration = ConfigurationLoader.Load(null).Value;
        configuration.CompanySizeBands =
        [
            new SizeBand { Name = "Small", MaxEmployees = 49 }, new SizeBand { Name = "Mid", MaxEmployees = 999 },
            new SizeBand { Name = "Large" },
        ];
        configuration.Regions = new Dictionary<string, string>
        {
            ["United States"] = "NA", ["uk"] = "EMEA", ["UK"] = "APAC",
        };
        configuration.CampaignChannels = new Dictionary<string, string> { ["Webinar"] = "Events" };
        return configuration;
    }

    [OneTimeSetUp]
    public void Load()
    {
        folder = CliProcess.TempFolder();
        warehouse = DuckDbLoader.Open(Path.Combine(folder, "warehouse.duckdb"), WarehouseModel.LoadCatalog());
        DuckDbDeployer.Deploy(warehouse);
        const string lineage = "1, 'x.csv', 1";
        foreach (var row in new[]
        {
            "INSERT INTO stg.SalesforceCampaign (Id, Name, Type, StartDate, BatchId, SourceFile, SourceLine) VALUES " +
            $"('C1', NULL, 'Webinar', DATE '2024-01-15', {lineage}), ('C2', 'Pod', 'Podcast', NULL, {lineage}), " +
            $"('C3', 'None', NULL, NULL, {lineage})",
            "INSERT INTO stg.SalesforceAccount (Id, Name, NumberOfEmployees, BillingCountry, BatchId, SourceFile, SourceLine) VALUES " +
            $"('A1', 'One', 49, ' uk ', {lineage}), ('A2', 'Two', 50, 'Brazil', {lineage}), ('A3', NULL, NULL, NULL, {lineage}), " +
            $"('A4', 'Four', 5000, 'United States', {lineage}), ('A5', 'Five', 999, 'UK', {lineage})",
            "INSERT INTO stg.SalesforceOpportunity " +
            "(Id, AccountId, CloseDate, IsWon, IsDeleted, CampaignId, LeadSource, BatchId, SourceFile, SourceLine) VALUES " +
            $"('O1', 'A1', DATE '2024-03-10', true, false, 'C1', 'Web', {lineage}), " +
            $"('O2', 'A1', DATE '2024-02-01', true, true, 'C2', NULL, {lineage}), " +
            $"('O3', 'A1', DATE '2024-03-10', true, NULL, 'C2', NULL, {lineage}), " +
            $"('O4', 'A2', DATE '2024-05-05', true, false, NULL, 'Web', {lineage}), " +
            $"('O5', 'A3', DATE '2024-01-01', false, false, 'C1', NULL, {lineage}), " +
            $"('O6', 'A4', DATE '2024-06-01', true, false, 'C3', NULL, {lineage}), " +
            $"('O7', 'A5', DATE '2024-07-31', true, false, 'C2', 'Web', {lineage})",
        })
        {
            warehouse.Execute(row);
        }

        var asOf = new DateTime(2024, 12, 31, 0, 0, 0, DateTimeKind.Utc);
        var batch = warehouse.StartBatch(asOf, "test", folder);
        var context = new TransformContext(warehouse, Configuration(), batch, asOf);
        foreach (var transform in new ITransform[] { new ConfiguredLookups(), new CampaignDimension(), new AccountDimension() })
        {
            transform.Run(context);
        }
    }

    [OneTimeTearDown]
    public void Close()
    {
        warehouse.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void A_campaign_gets_the_configured_channel_of_its_type_Other_for_an_unmapped_type_and_Unknown_without_one()
    {
        var rows = warehouse.Connection.Query<(string, string, string, string, int, int, bool)>(
            "SELECT SalesforceCampaignId, CampaignName, CampaignType, Channel, StartDateKey, EndDateKey, IsActive " +
            "FROM dw.DimCampaign WHERE CampaignKey <> 0 ORDER BY SalesforceCampaignId").ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("C1", "(unnamed)", "Webinar", "Events", 20240115, 0, false), ("C2", "Pod", "Podcast", "Other", 0, 0, false),
            ("C3", "None", "Unknown", "Unknown", 0, 0, false),
        }));
    }

    [Test]
    public void An_account_is_banded_by_the_first_band_its_employee_count_fits_and_regioned_by_its_trimmed_country_in_any_case()
    {
        // 49 is Small's maximum, 50 the first Mid, 999 Mid's maximum, 5,000 above every maximum: the open last band.
        // ' uk ' and 'UK' both match the configured 'uk' (the first of the two spellings, not 'UK' → APAC); Brazil is not configured: Other.
        var rows = warehouse.Connection.Query<(string, string, string, string, string)>(
            "SELECT SalesforceAccountId, AccountName, CompanySizeBand, Segment, Region FROM dw.DimAccount " +
            "WHERE AccountKey <> 0 ORDER BY SalesforceAccountId").ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("A1", "One", "Small", "Small", "EMEA"), ("A2", "Two", "Mid", "Mid", "Other"),
            ("A3", "(unnamed)", "Unknown", "Unknown", "Unknown"),
            ("A4", "Four", "Large", "Large", "NA"), ("A5", "Five", "Mid", "Mid", "EMEA"),
        }));
    }

    [Test]
    public void A_customer_s_cohort_and_channel_come_from_its_first_live_win_by_close_date_then_id()
    {
        // A1: O2 (1 Feb) is deleted; O1 and O3 both closed 10 Mar, O1 first by id: its Webinar campaign → Events. A2: no campaign →
        // lead source Web. A3: only a lost opportunity → not a customer. A4: a campaign without a type and no lead source →
        // Unknown. A5: a Podcast campaign, a type the configuration does not map → Other (not its lead source).
        var rows = warehouse.Connection.Query<(string, bool, int?, int?, string?)>(
            "SELECT SalesforceAccountId, IsCustomer, FirstWonDateKey, CustomerCohortYearMonth, AcquisitionChannel " +
            "FROM dw.DimAccount WHERE AccountKey <> 0 ORDER BY SalesforceAccountId").ToList();
        Assert.That(rows, Is.EqualTo(new (string, bool, int?, int?, string?)[]
        {
            ("A1", true, 20240310, 202403, "Events"), ("A2", true, 20240505, 202405, "Web"), ("A3", false, null, null, null),
            ("A4", true, 20240601, 202406, "Unknown"), ("A5", true, 20240731, 202407, "Other"),
        }));
    }

    [Test]
    public void The_configured_size_bands_become_contiguous_employee_ranges()
    {
        var bands = ConfiguredLookups.SizeBands(Configuration(), 7);
        Assert.That(bands, Is.EqualTo(new[]
        {
            new CompanySizeBandRow(1, "Small", null, 49, 7), new CompanySizeBandRow(2, "Mid", 50, 999, 7),
            new CompanySizeBandRow(3, "Large", 1000, null, 7),
        }));
    }
}
