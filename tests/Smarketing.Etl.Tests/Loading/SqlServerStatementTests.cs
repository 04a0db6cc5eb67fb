using System.Text.RegularExpressions;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.SqlServer;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Loading;

/// <summary>No SQL Server runs here, so everything the SQL Server loader sends is proven statically: parsed by ScriptDom and
/// resolved against the built DACPAC's model (see <see cref="WarehouseModelCheck"/>).</summary>
public partial class SqlServerStatementTests
{
    private SchemaCatalog catalog = null!;
    private IReadOnlyList<GeneratedStatement> statements = null!;
    private IReadOnlyDictionary<string, List<string>> problems = null!;

    private static string Dacpac => Path.Combine(TestContext.CurrentContext.TestDirectory, WarehouseModel.DacpacFileName);

    [OneTimeSetUp]
    public void CheckEveryStatement()
    {
        catalog = WarehouseModel.LoadCatalog(Dacpac);
        statements = SqlServerStatements.All(catalog);
        problems = WarehouseModelCheck.Problems(Dacpac, statements);
        TestContext.Progress.WriteLine($"SQL Server static proof: {statements.Count} statements checked against {WarehouseModel.DacpacFileName}.");
    }

    private static string Describe(IReadOnlyDictionary<string, List<string>> found, IEnumerable<GeneratedStatement> all) =>
        string.Join("\n\n", found.Select(p => $"{p.Key}:\n  {string.Join("\n  ", p.Value)}\n{all.FirstOrDefault(s => s.Name == p.Key)?.Sql}"));

    [Test]
    public void Every_generated_statement_parses_and_resolves_against_the_DACPAC_model()
    {
        Assert.That(problems, Is.Empty, Describe(problems, statements));
    }

    [Test]
    public void The_proof_covers_every_table_the_batch_records_and_every_transform_query()
    {
        var upserted = statements.Where(s => s.Name.EndsWith(": INSERT", StringComparison.Ordinal)).Select(s => s.Name.Split(' ', ':')[1]).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(upserted, Is.EquivalentTo(catalog.Tables.Where(SqlServerStatements.IsUpsertable).Select(t => t.FullName)));
            Assert.That(catalog.Tables.Where(t => !SqlServerStatements.IsUpsertable(t)).Select(t => t.FullName), Is.EquivalentTo(new[] { "etl.BatchRun", "etl.RejectedRow" }),
                "only the tables the batch statements write are keyed by IDENTITY alone");
            Assert.That(statements.Count(s => s.Name.StartsWith("batch ", StringComparison.Ordinal)), Is.EqualTo(SqlServerBatchSql.Statements.Count));
            Assert.That(SqlServerStatements.PortableQueries().Select(q => q.Name), Is.SupersetOf(new[]
            {
                "AccountDimension.Sql", "ActivityTypeDimension.Sql", "CampaignDimension.Sql", "DateDimension.RangeSql", "LeadDimension.Sql",
                "RepDimension.CurrentVersionsSql", "RepDimension.UsersSql", "MarketingActivityFact.Sql", "EtlRunner.LatestInstantSql",
            }));
            Assert.That(statements, Has.Count.GreaterThan(200));
        });
    }

    [Test]
    public void Transforms_and_the_pipeline_send_only_constant_queries_the_proof_collects()
    {
        var known = SqlServerStatements.PortableQueries().Select(q => q.Name.Split('.')[1]).ToHashSet(StringComparer.Ordinal);
        var etl = Path.Combine(RepositoryRoot(), "etl", "Smarketing.Etl");
        var calls = new[] { "Transforms", "Pipeline" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(etl, folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => LoaderQueryCall().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Argument: m.Groups["arg"].Value.Trim())))
            .ToList();
        Assert.That(calls, Is.Not.Empty);
        Assert.That(calls.Where(c => !known.Contains(c.Argument)).Select(c => $"{c.File}: Read/Execute({c.Argument})"), Is.Empty,
            "SQL sent through the loader must be a const string (internal const string Sql = …) so the static proof checks it");
    }

    [Test]
    public void A_misspelt_column_in_a_query_is_reported()
    {
        var found = WarehouseModelCheck.Problems(Dacpac, [new GeneratedStatement("misspelt", "SELECT Idd, Company FROM stg.SalesforceLead ORDER BY Id")]);
        Assert.That(found.TryGetValue("misspelt", out var reported), Is.True, "the check did not report the misspelt column");
        Assert.That(reported, Has.Some.Contains("SQL71501").And.Some.Contains("Idd"));
    }

    [Test]
    public void A_misspelt_column_in_a_generated_upsert_is_reported()
    {
        var lead = catalog.Table("stg.SalesforceLead");
        var doctored = lead with { Columns = lead.Columns.Select(c => c.Name == "Company" ? c with { Name = "Compnay" } : c).ToList() };
        var upsert = SqlServerStatements.Upsert(doctored, UpsertSql.WritableColumns(doctored), UpsertOptions.Default, includeDdl: true).ToList();
        var found = WarehouseModelCheck.Problems(Dacpac, upsert);
        Assert.Multiple(() =>
        {
            Assert.That(found.Keys, Does.Contain($"upsert stg.SalesforceLead: UPDATE").And.Contain("upsert stg.SalesforceLead: INSERT"));
            Assert.That(found.Keys, Does.Not.Contain("upsert stg.SalesforceLead: work table"), "the temporary table itself is fine");
            Assert.That(found.Values.SelectMany(p => p), Has.Some.Contains("Compnay"));
        });
    }

    [Test]
    public void A_misspelt_parameter_of_a_system_procedure_is_reported()
    {
        var found = WarehouseModelCheck.Problems(Dacpac,
            [new GeneratedStatement("lock", SqlServerBatchSql.AcquireLock.Replace("@LockTimeout", "@LockTimout", StringComparison.Ordinal), Parameters: "@resource nvarchar(255), @timeout int")]);
        Assert.That(found.TryGetValue("lock", out var reported), Is.True);
        Assert.That(reported, Has.Some.Contains("@LockTimout"));
    }

    [Test]
    public void A_parameter_the_statement_does_not_declare_is_reported()
    {
        var found = WarehouseModelCheck.Problems(Dacpac,
            [new GeneratedStatement("typo", "UPDATE [etl].[BatchRun] SET [Status] = @stauts WHERE [BatchId] = @batchId;", Parameters: "@status varchar(20), @batchId int")]);
        Assert.That(found.TryGetValue("typo", out var reported), Is.True);
        Assert.That(reported, Has.Some.Contains("@stauts"));
    }

    [Test]
    public void A_statement_that_does_not_parse_is_reported()
    {
        var found = WarehouseModelCheck.Problems(Dacpac, [new GeneratedStatement("broken", "UPDATE t SET FROM stg.SalesforceLead AS t")]);
        Assert.That(found, Does.ContainKey("broken"));
    }

    [Test]
    public void Upsert_compares_strings_exactly_and_quotes_every_identifier()
    {
        var update = SqlServerUpsertSql.Update(catalog.Table("stg.SalesforceLead"), ["Id", "Company", "NumberOfEmployees", "SystemModstamp", "BatchId"],
            new UpsertOptions("SystemModstamp", "SourceLine"))!;
        Assert.Multiple(() =>
        {
            Assert.That(update, Does.Contain("CAST(t.[Company] AS varbinary(max)) IS DISTINCT FROM CAST(w.[Company] AS varbinary(max))"));
            Assert.That(update, Does.Contain("t.[NumberOfEmployees] IS DISTINCT FROM w.[NumberOfEmployees]"));
            Assert.That(update, Does.Not.Contain("t.[BatchId] IS DISTINCT"), "lineage never makes a row changed");
            Assert.That(update, Does.Contain("ORDER BY [SystemModstamp] DESC, [SourceLine] DESC"));
            Assert.That(update, Does.Contain("FROM [stg].[SalesforceLead] AS t"));
            Assert.That(update, Does.EndWith("SELECT @@ROWCOUNT;"));
        });
    }

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Smarketing.Warehouse.sln")))
            {
                return d.FullName;
            }
        }

        throw new DirectoryNotFoundException("Smarketing.Warehouse.sln not found above the test directory.");
    }

    [GeneratedRegex(@"\b[Ll]oader\.(?:Read|Execute)\((?<arg>[^)]*)\)")]
    private static partial Regex LoaderQueryCall();
}
