using Dapper;
using DuckDB.NET.Data;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Cli;

/// <summary>The real CLI on a small generated extract into a temporary embedded warehouse.</summary>
[NonParallelizable]
public class EndToEndTests
{
    private string folder = null!;
    private string exports = null!;
    private string database = null!;

    [OneTimeSetUp]
    public void GenerateAndLoadTwice()
    {
        (folder, exports) = CliProcess.Generated(300, 7);
        database = Path.Combine(folder, "warehouse.duckdb");
        var first = CliProcess.Run("run", "--source", exports, "--database", database, "--log-dir", Path.Combine(folder, "logs"));
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Output);
        var second = CliProcess.Run("run", "--source", exports, "--database", database, "--log-dir", Path.Combine(folder, "logs"));
        Assert.That(second.ExitCode, Is.EqualTo(0), second.Output);
    }

    private DuckDBConnection Open()
    {
        var connection = new DuckDBConnection($"Data Source={database}");
        connection.Open();
        return connection;
    }

    private string Export(string file) => Path.Combine(exports, file);

    [Test]
    public void Staging_holds_one_row_per_source_key_of_every_file()
    {
        using var db = Open();
        Assert.Multiple(() =>
        {
            Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM stg.SalesforceLead"), Is.EqualTo(SourceCsv.DistinctCount(Export("Lead.csv"), "Id")));
            Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM stg.SalesforceUser"), Is.EqualTo(SourceCsv.DistinctCount(Export("User.csv"), "Id")));
            Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM stg.SalesforceOpportunityHistory"), Is.EqualTo(SourceCsv.DistinctCount(Export("OpportunityHistory.csv"), "Id")));
            Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM stg.MarketoActivity"), Is.EqualTo(SourceCsv.DistinctCount(Export("MarketoActivities.csv"), "marketoGUID")));
        });
    }

    [Test]
    public void Dimensions_and_the_activity_fact_match_the_exports()
    {
        using var db = Open();
        var leads = SourceCsv.Rows(Export("Lead.csv"));
        var convertedContacts = leads.Select(l => l["ConvertedContactId"]).Where(c => c.Length > 0).ToHashSet();
        var contactsOnly = SourceCsv.Rows(Export("Contact.csv")).Select(c => c["Id"]).Distinct().Count(id => !convertedContacts.Contains(id));
        var expectedLeads = leads.Select(l => l["Id"]).Distinct().Count() + contactsOnly;
        Assert.Multiple(() =>
        {
            Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM dw.DimLead WHERE LeadKey <> 0"), Is.EqualTo(expectedLeads));
            Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM dw.DimCampaign WHERE CampaignKey <> 0"), Is.EqualTo(SourceCsv.DistinctCount(Export("Campaign.csv"), "Id")));
            Assert.That(db.ExecuteScalar<long>("SELECT count(DISTINCT SalesforceUserId) FROM dw.DimRep WHERE RepKey <> 0"), Is.EqualTo(SourceCsv.DistinctCount(Export("User.csv"), "Id")));
            Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM dw.DimAccount WHERE AccountKey <> 0"), Is.EqualTo(SourceCsv.DistinctCount(Export("Account.csv"), "Id")));
            Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM dw.FactMarketingActivity"), Is.EqualTo(SourceCsv.DistinctCount(Export("MarketoActivities.csv"), "marketoGUID")));
            Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM dw.DimStage WHERE StageKey <> 0"), Is.EqualTo(14), "13 configured stages + Unmapped");
        });
    }

    [Test]
    public void No_email_address_reaches_the_warehouse_in_clear()
    {
        using var db = Open();
        var email = SourceCsv.Rows(Export("Lead.csv")).First(l => l["Email"].Length > 0)["Email"];
        var columns = db.Query<(string Schema, string Table, string Column)>(
            "SELECT table_schema, table_name, column_name FROM information_schema.columns WHERE table_schema IN ('dw','rpt') AND data_type = 'VARCHAR'");
        foreach (var (schema, table, column) in columns)
        {
            var hits = db.ExecuteScalar<long>($"SELECT count(*) FROM {schema}.{table} WHERE {column} = $email", new { email });
            Assert.That(hits, Is.Zero, $"{schema}.{table}.{column}");
        }
    }

    [Test]
    public void Every_primary_and_business_key_is_unique_after_loading_twice()
    {
        using var db = Open();
        var catalog = Smarketing.Etl.Loading.WarehouseModel.LoadCatalog();
        var duplicated = new List<string>();
        foreach (var table in catalog.Tables.Where(t => t.Schema is "stg" or "dw"))
        {
            foreach (var key in new[] { table.PrimaryKey }.Concat(table.UniqueKeys).Where(k => k.Count > 0))
            {
                var columns = string.Join(", ", key);
                if (db.ExecuteScalar<long>($"SELECT count(*) FROM (SELECT {columns} FROM {table.FullName} GROUP BY {columns} HAVING count(*) > 1)") > 0)
                {
                    duplicated.Add($"{table.FullName} ({columns})");
                }
            }
        }

        Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM dw.FactMarketingActivity"), Is.GreaterThan(0));
        Assert.That(duplicated, Is.Empty);
    }

    [Test]
    public void Running_the_same_batch_twice_changes_nothing()
    {
        using var db = Open();
        var batches = db.Query<(int BatchId, string Status)>("SELECT BatchId, Status FROM etl.BatchRun ORDER BY BatchId").ToList();
        Assert.That(batches.Select(b => b.Status), Is.EqualTo(new[] { "Succeeded", "Succeeded" }));
        var second = batches[1].BatchId;
        // etl.RecomputeLead / etl.RecomputeOpportunity are the batch's own lists of what it rebuilt (on a re-run: the leads with open
        // SLA clocks and their opportunities), not warehouse data.
        var changed = db.ExecuteScalar<long>("SELECT CAST(COALESCE(SUM(RowsInserted + RowsUpdated), 0) AS bigint) FROM etl.BatchEntityCount " +
            "WHERE BatchId = $second AND EntityName NOT LIKE 'etl.Recompute%'", new { second });
        Assert.That(changed, Is.Zero, "the second run inserted or updated rows");
        var touched = db.ExecuteScalar<long>("SELECT count(*) FROM dw.DimLead WHERE BatchId = $second", new { second });
        Assert.That(touched, Is.Zero);
    }

    [Test]
    public void The_data_quirks_of_real_exports_are_honoured()
    {
        using var db = Open();
        Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM dw.DimLead WHERE IsDeleted"), Is.GreaterThan(0), "a deleted lead is kept, flagged");
        Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM dw.DimActivityType WHERE ActivityCategory = 'Other'"), Is.GreaterThan(0), "unknown activity type kept as Other");
        var dupes = SourceCsv.Rows(Export("Lead.csv")).GroupBy(l => l["Id"]).Where(g => g.Count() > 1).ToList();
        Assert.That(dupes, Is.Not.Empty, "the generator writes a duplicate lead");
        foreach (var dupe in dupes)
        {
            var newest = dupe.OrderByDescending(l => l["SystemModstamp"], StringComparer.Ordinal).First();
            var staged = db.ExecuteScalar<string>("SELECT Company FROM stg.SalesforceLead WHERE Id = $id", new { id = dupe.Key });
            Assert.That(staged, Is.EqualTo(newest["Company"]), "the newest SystemModstamp wins");
        }
    }
}
