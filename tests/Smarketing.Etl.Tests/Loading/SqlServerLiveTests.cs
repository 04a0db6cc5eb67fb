using Dapper;
using Microsoft.Data.SqlClient;
using Smarketing.Etl.Configuration;
using Smarketing.Generation;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Loading.SqlServer;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Tests.Support;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Loading;

/// <summary>Against a real SQL Server, when <c>SMARKETING_TEST_SQLSERVER</c> holds a connection string (any login allowed to create a
/// database): deploy the DACPAC into a fresh database, load a small generated extract, then the delta of the days after it (an
/// incremental batch), then the same delta again; compare each step with the embedded engine, and drop the database. Without the variable every test is reported as skipped with the reason, never as passed.</summary>
[NonParallelizable]
public class SqlServerLiveTests
{
    private const string Variable = "SMARKETING_TEST_SQLSERVER";
    private string connectionString = null!;
    private string databaseName = null!;
    private string folder = null!;
    private string exports = null!;
    private string delta = null!;
    private SchemaCatalog catalog = null!;
    private RunResult first = null!;
    private RunResult incremental = null!;
    private RunResult second = null!;
    private bool deployed;

    private static string Dacpac => Path.Combine(TestContext.CurrentContext.TestDirectory, WarehouseModel.DacpacFileName);

    [OneTimeSetUp]
    public void DeployAndLoadTwice()
    {
        connectionString = Environment.GetEnvironmentVariable(Variable) ?? "";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Ignore("SMARKETING_TEST_SQLSERVER is not set: no SQL Server to run against");
        }

        databaseName = $"SmarketingTest_{Guid.NewGuid():N}";
        folder = CliProcess.TempFolder();
        exports = Path.Combine(folder, "exports");
        delta = Path.Combine(folder, "delta");
        new SampleExportGenerator().Generate(new GeneratorOptions { OutputDirectory = exports, Leads = 300, Seed = 7, ExtractAt = new DateOnly(2025, 6, 24) });
        new SampleExportGenerator().Generate(new GeneratorOptions
        {
            OutputDirectory = delta, Leads = 300, Seed = 7, ExtractAt = new DateOnly(2025, 6, 30), ChangedSinceUtc = new DateTime(2025, 6, 25, 0, 0, 0, DateTimeKind.Utc),
        });
        catalog = WarehouseModel.LoadCatalog(Dacpac);
        SqlServerDeployer.Deploy(Dacpac, connectionString, databaseName, allowDataLoss: false, message => TestContext.Progress.WriteLine(message));
        deployed = true;
        first = Load(exports);
        incremental = Load(delta);
        second = Load(delta);
    }

    [OneTimeTearDown]
    public void DropDatabase()
    {
        if (!deployed)
        {
            return;
        }

        SqlConnection.ClearAllPools();
        using var master = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { InitialCatalog = "master" }.ConnectionString);
        master.Execute($"ALTER DATABASE {SqlServerUpsertSql.Quote(databaseName)} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE {SqlServerUpsertSql.Quote(databaseName)};");
    }

    private RunResult Load(string source)
    {
        using var loader = SqlServerLoader.Open(connectionString, catalog, databaseName);
        return new EtlRunner(loader, ConfigurationLoader.Load(null), Serilog.Core.Logger.None).Run(new RunOptions(source));
    }

    private SqlConnection Open()
    {
        var connection = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { InitialCatalog = databaseName }.ConnectionString);
        connection.Open();
        return connection;
    }

    [Test]
    public void Both_loads_succeed_and_the_first_one_fills_the_warehouse()
    {
        using var db = Open();
        Assert.Multiple(() =>
        {
            Assert.That((first.Status, incremental.Status, second.Status), Is.EqualTo((BatchStatus.Succeeded, BatchStatus.Succeeded, BatchStatus.Succeeded)),
                first.Message ?? incremental.Message ?? second.Message);
            Assert.That(db.Query<string>("SELECT Mode FROM etl.BatchRun WHERE BatchId IN (@a, @b) ORDER BY BatchId", new { a = first.BatchId, b = incremental.BatchId }),
                Is.EqualTo(new[] { "Full", "Incremental" }));
            Assert.That(db.ExecuteScalar<long>("SELECT COUNT_BIG(*) FROM dw.DimLead WHERE LeadKey <> 0"), Is.Positive);
            Assert.That(db.ExecuteScalar<long>("SELECT COUNT_BIG(*) FROM dw.FactMarketingActivity"), Is.Positive);
            Assert.That(db.Query<string>("SELECT Status FROM etl.BatchRun WHERE BatchId IN (@a, @b)", new { a = first.BatchId, b = second.BatchId }),
                Is.EqualTo(new[] { "Succeeded", "Succeeded" }));
            Assert.That(db.ExecuteScalar<int>("SELECT COUNT(*) FROM etl.BatchEntityCount WHERE BatchId = @id", new { id = second.BatchId }), Is.EqualTo(second.Counts.Count));
        });
    }

    [Test]
    public void A_second_identical_load_changes_nothing()
    {
        using var db = Open();
        Assert.Multiple(() =>
        {
            // etl.RecomputeLead / etl.RecomputeOpportunity are the batch's own lists of what it rebuilt, not warehouse data.
            Assert.That(second.Counts.Where(c => !c.EntityName.StartsWith("etl.Recompute", StringComparison.Ordinal) && (c.RowsInserted != 0 || c.RowsUpdated != 0))
                .Select(c => $"{c.EntityName}: +{c.RowsInserted} ~{c.RowsUpdated}"), Is.Empty);
            foreach (var table in catalog.Tables.Where(t => t.Schema != "etl" && t.FindColumn(LineageColumns.BatchId) is not null))
            {
                Assert.That(db.ExecuteScalar<long>($"SELECT COUNT_BIG(*) FROM {SqlServerUpsertSql.TableName(table)} WHERE BatchId = @id", new { id = second.BatchId }),
                    Is.Zero, $"{table.FullName} rows touched by the second batch");
            }
        });
    }

    [Test]
    public void The_full_and_the_incremental_load_count_exactly_what_the_embedded_engine_counts()
    {
        using var duck = DuckDbLoader.Open(Path.Combine(folder, "parity.duckdb"), catalog);
        DuckDbDeployer.Deploy(duck);
        var runner = new EtlRunner(duck, ConfigurationLoader.Load(null), Serilog.Core.Logger.None);
        var embedded = runner.Run(new RunOptions(exports));
        var embeddedIncremental = runner.Run(new RunOptions(delta));
        using var db = Open();
        Assert.Multiple(() =>
        {
            Assert.That(first.Counts, Is.EqualTo(embedded.Counts));
            Assert.That(first.AsOfUtc, Is.EqualTo(embedded.AsOfUtc));
            Assert.That(incremental.Counts, Is.EqualTo(embeddedIncremental.Counts));
            Assert.That(incremental.LeadScope, Is.EqualTo(embeddedIncremental.LeadScope));
            Assert.That(incremental.OpportunityScope, Is.EqualTo(embeddedIncremental.OpportunityScope));
            foreach (var table in catalog.Tables.Where(t => t.Schema != "etl"))
            {
                Assert.That(db.ExecuteScalar<long>($"SELECT COUNT_BIG(*) FROM {SqlServerUpsertSql.TableName(table)}"),
                    Is.EqualTo(duck.Connection.ExecuteScalar<long>($"SELECT count(*) FROM {table.FullName}")), table.FullName);
            }
        });
    }

    [Test]
    public void Every_reporting_view_selects()
    {
        using var db = Open();
        Assert.Multiple(() =>
        {
            foreach (var view in catalog.Views)
            {
                Assert.DoesNotThrow(() => db.ExecuteScalar<long>($"SELECT COUNT_BIG(*) FROM {SqlServerUpsertSql.Quote(view.Schema)}.{SqlServerUpsertSql.Quote(view.Name)}"), view.FullName);
            }
        });
    }

    [Test]
    public void A_second_run_is_refused_while_one_holds_the_warehouse()
    {
        using var holder = SqlServerLoader.Open(connectionString, catalog, databaseName);
        Assert.Throws<WarehouseBusyException>(() => SqlServerLoader.Open(connectionString, catalog, databaseName).Dispose());
    }

    [Test]
    public void The_cli_runs_a_batch_on_SQL_Server()
    {
        var run = CliProcess.Run("run", "--engine", "sqlserver", "--source", exports, "--connection-string", connectionString,
            "--database-name", databaseName, "--log-dir", Path.Combine(folder, "logs"));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
    }
}
