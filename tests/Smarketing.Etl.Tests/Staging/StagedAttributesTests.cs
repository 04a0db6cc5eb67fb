using Dapper;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Sources;
using Smarketing.Etl.Staging;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Staging;

/// <summary>The attributes JSON of a Marketo activity is parsed once, at staging, into typed stg columns.</summary>
public class StagedAttributesTests
{
    [TestCase("""{"Change Value":"+10","Old Value":45,"New Value":55}""", 10)]
    [TestCase("""{"Change Value":-5}""", -5)]
    [TestCase("""{"Old Value":45}""", null)]
    [TestCase("not json", null)]
    [TestCase("", null)]
    public void Score_delta_comes_from_the_change_value_attribute(string json, int? expected) =>
        Assert.That(StagedAttributes.ScoreDelta(json), Is.EqualTo(expected));

    [Test]
    public void Staging_types_the_score_delta_of_change_score_activities_only()
    {
        var folder = CliProcess.TempFolder();
        try
        {
            // Three activities: a Change Score of "+10", a Change Score whose JSON is broken, and a Change Data Value (type 13)
            // whose attributes also hold a "Change Value" — only a Change Score (type 22) has a score delta.
            var file = Path.Combine(folder, "MarketoActivities.csv");
            File.WriteAllText(file,
                "marketoGUID,leadId,activityDate,activityTypeId,campaignId,primaryAttributeValueId,primaryAttributeValue,attributes\n" +
                "g1,101,2025-01-02T10:00:00Z,22,,,Score,\"{\"\"Change Value\"\":\"\"+10\"\"}\"\n" +
                "g2,101,2025-01-02T11:00:00Z,22,,,Score,\"{broken\"\n" +
                "g3,102,2025-01-02T12:00:00Z,13,,,Title,\"{\"\"Change Value\"\":\"\"7\"\"}\"\n");
            using var loader = DuckDbLoader.Open(Path.Combine(folder, "warehouse.duckdb"), WarehouseModel.LoadCatalog());
            DuckDbDeployer.Deploy(loader);
            loader.BeginTransaction();
            var result = new Stager(loader).Stage(file, SourceFiles.All.Single(s => s.FileName == "MarketoActivities.csv"), batchId: 1);
            var staged = loader.Connection.Query<(string Guid, int? ScoreDelta)>(
                "SELECT marketoGUID, scoreDelta FROM stg.MarketoActivity ORDER BY marketoGUID").ToList();
            loader.Rollback();

            Assert.That(result.Rejected, Is.Empty);
            Assert.That(staged, Is.EqualTo(new (string, int?)[] { ("g1", 10), ("g2", null), ("g3", null) }));
            Assert.That(result.Notes, Has.None.Contains("scoreDelta"), "a derived column is not a column missing from the file");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Staging_a_lead_keeps_the_hash_and_domain_of_its_trimmed_lower_cased_e_mail()
    {
        var folder = CliProcess.TempFolder();
        try
        {
            // SHA-256 hex of "ann@example.com", computed outside .NET (Python: hashlib.sha256(b'ann@example.com').hexdigest()).
            var file = Path.Combine(folder, "Lead.csv");
            File.WriteAllText(file,
                "Id,Email,Status,CreatedDate,SystemModstamp\n" +
                "L1, Ann@Example.COM ,Open,2025-01-02T10:00:00Z,2025-01-02T10:00:00Z\n" +
                "L2,,Open,2025-01-02T10:00:00Z,2025-01-02T10:00:00Z\n");
            using var loader = DuckDbLoader.Open(Path.Combine(folder, "warehouse.duckdb"), WarehouseModel.LoadCatalog());
            DuckDbDeployer.Deploy(loader);
            loader.BeginTransaction();
            new Stager(loader).Stage(file, SourceFiles.All.Single(s => s.FileName == "Lead.csv"), batchId: 1);
            var staged = loader.Connection.Query<(string Id, string? Hash, string? Domain)>(
                "SELECT Id, EmailHash, EmailDomain FROM stg.SalesforceLead ORDER BY Id").ToList();
            loader.Rollback();

            Assert.That(staged, Is.EqualTo(new (string, string?, string?)[]
            {
                ("L1", "71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476", "example.com"), ("L2", null, null),
            }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
