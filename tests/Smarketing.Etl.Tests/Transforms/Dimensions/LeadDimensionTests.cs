using Dapper;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;
using Smarketing.Etl.Transforms;
using Smarketing.Etl.Transforms.Dimensions;

namespace Smarketing.Etl.Tests.Transforms.Dimensions;

/// <summary>The set-based load of dw.DimLead (prep.Lead over the configuration's look-up tables): staged leads and contacts, each
/// chosen for one rule, loaded by the transform inside a real batch (the Unknown member, key 0, aside). The rows are inserted into
/// stg directly, without EmailHash and EmailDomain, as a warehouse staged by an earlier build holds them: the transform fills them in.</summary>
[NonParallelizable]
public class LeadDimensionTests
{
    // SHA-256 hex of the UTF-8 text, computed outside .NET (Python: hashlib.sha256(b'ann@example.com').hexdigest()).
    private const string AnnHash = "71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476";
    private const string BobHash = "81b637d8fcd2c6da6359e6963113a1170de795e4b725b84d1e0b4cfd9ec58ce9";
    private const string Lineage = "1, 'x.csv', 1";

    private string folder = null!;
    private DuckDbLoader warehouse = null!;
    private FunnelConfiguration configuration = null!;

    [OneTimeSetUp]
    public void Load()
    {
        configuration = ConfigurationLoader.Load(null).Value;
        configuration.CompanySizeBands = [new SizeBand { Name = "Small", MaxEmployees = 49 }, new SizeBand { Name = "Large" }];
        configuration.Regions = new Dictionary<string, string> { ["uk"] = "EMEA", ["United States"] = "NA" };
        folder = CliProcess.TempFolder();
        warehouse = DuckDbLoader.Open(Path.Combine(folder, "warehouse.duckdb"), WarehouseModel.LoadCatalog());
        DuckDbDeployer.Deploy(warehouse);
        foreach (var sql in new[]
        {
            "INSERT INTO stg.SalesforceLead (Id, Email, NumberOfEmployees, Country, Status, IsConverted, ConvertedDate, ConvertedContactId, " +
            "BatchId, SourceFile, SourceLine) VALUES " +
            $"('L1', ' Ann@Example.COM ', 50, ' uk ', 'Open', NULL, NULL, NULL, {Lineage}), " +
            $"('L2', 'bob', NULL, 'Brazil', 'Converted', true, DATE '2024-03-05', 'K1', {Lineage})",
            "INSERT INTO stg.SalesforceContact (Id, AccountId, Email, BatchId, SourceFile, SourceLine) VALUES " +
            $"('K1', 'A1', 'bob@x.org', {Lineage}), ('K2', 'A1', NULL, {Lineage})",
            $"INSERT INTO stg.SalesforceAccount (Id, Name, NumberOfEmployees, BillingCountry, BatchId, SourceFile, SourceLine) VALUES ('A1', 'Acme', 5000, 'United States', {Lineage})",
            "INSERT INTO stg.MarketoLead (id, sfdcLeadId, sfdcContactId, leadScore, BatchId, SourceFile, SourceLine) VALUES " +
            $"(7, 'L1', NULL, 10, {Lineage}), (5, 'L1', NULL, 30, {Lineage}), (9, NULL, 'K1', 12, {Lineage}), (11, NULL, 'K2', 3, {Lineage})",
        })
        {
            warehouse.Execute(sql);
        }

        Run(recomputeAll: true);
    }

    [OneTimeTearDown]
    public void Close()
    {
        warehouse.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private EntityCount Run(bool recomputeAll, string? changeInBatch = null)
    {
        var asOf = new DateTime(2024, 12, 31, 0, 0, 0, DateTimeKind.Utc);
        var batch = warehouse.StartBatch(asOf, "test", folder);
        if (changeInBatch is not null)
        {
            warehouse.Execute(changeInBatch.Replace("@batch", batch.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        var context = new TransformContext(warehouse, configuration, batch, asOf) { RecomputeAllReason = recomputeAll ? "test" : null };
        new ConfiguredLookups().Run(context);
        return new LeadDimension().Run(context).Single();
    }

    [Test]
    public void A_lead_is_banded_regioned_linked_to_its_Marketo_lead_and_keeps_only_the_hash_and_domain_of_its_e_mail()
    {
        // L1: 50 employees is above Small's 49 → Large; ' uk ' matches 'uk' trimmed, any case → EMEA; Marketo leads 7 and 5 point to
        // it → the lowest id (5) and the highest score (30); its address is trimmed and lower-cased before hashing.
        // L2: no employee count → Unknown; Brazil is not configured → Other; converted to K1, so Marketo lead 9 (sfdcContactId K1)
        // is linked through the contact; 'bob' has no '@': a hash, no domain.
        var rows = warehouse.Connection.Query<(string, int?, string?, string?, string, string, int?, bool, int?)>(
            "SELECT SalesforceLeadId, MarketoLeadId, EmailHash, EmailDomain, CompanySizeBand, Region, LeadScore, IsConverted, ConvertedDateKey " +
            "FROM dw.DimLead WHERE RecordType = 'Lead' AND LeadKey <> 0 ORDER BY SalesforceLeadId").ToList();
        Assert.That(rows, Is.EqualTo(new (string, int?, string?, string?, string, string, int?, bool, int?)[]
        {
            ("L1", 5, AnnHash, "example.com", "Large", "EMEA", 30, false, null),
            ("L2", 9, BobHash, null, "Unknown", "Other", 12, true, 20240305),
        }));
    }

    [Test]
    public void A_contact_from_a_converted_lead_is_left_out_and_another_contact_takes_its_account_s_company_size_and_country()
    {
        var rows = warehouse.Connection.Query<(string, string, string?, string, string, string, bool)>(
            "SELECT SalesforceLeadId, RecordType, Company, CompanySizeBand, Country, Region, IsConverted FROM dw.DimLead " +
            "WHERE LeadKey <> 0 AND RecordType = 'Contact' ORDER BY SalesforceLeadId").ToList();
        Assert.That(rows, Is.EqualTo(new[] { ("K2", "Contact", (string?)"Acme", "Large", "United States", "NA", false) }));
    }

    [Test]
    public void E_mails_staged_before_the_stager_typed_them_get_their_hash_and_domain_in_stg_without_a_new_batch_id()
    {
        var staged = warehouse.Connection.Query<(string, string?, string?, int)>(
            "SELECT Id, EmailHash, EmailDomain, BatchId FROM stg.SalesforceLead UNION ALL " +
            "SELECT Id, EmailHash, EmailDomain, BatchId FROM stg.SalesforceContact ORDER BY 1").ToList();
        Assert.That(staged, Is.EqualTo(new (string, string?, string?, int)[]
        {
            ("K1", "b752a9a4f7b86f6bde01e37d2b247661c76b783313b223b7a09b9d2bb125ba18", "x.org", 1), ("K2", null, null, 1),
            ("L1", AnnHash, "example.com", 1), ("L2", BobHash, null, 1),
        }));
    }

    [Test]
    public void A_delta_reloads_only_the_contact_whose_Marketo_lead_changed()
    {
        // Only Marketo lead 11 (K2's) is restaged in the new batch: one row read, K2's score 3 → 8.
        var count = Run(recomputeAll: false, "UPDATE stg.MarketoLead SET leadScore = 8, BatchId = @batch WHERE id = 11");
        var score = warehouse.Connection.ExecuteScalar<int>("SELECT LeadScore FROM dw.DimLead WHERE SalesforceLeadId = 'K2'");
        Assert.That((count.RowsRead, count.RowsUpdated, score), Is.EqualTo((1L, 1L, 8)));
    }
}
