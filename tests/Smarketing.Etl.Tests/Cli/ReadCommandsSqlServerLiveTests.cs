using Dapper;
using Microsoft.Data.SqlClient;
using Smarketing.Etl.Loading.SqlServer;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Cli;

/// <summary>query, batches and report … with <c>--engine sqlserver</c> against a real SQL Server, when
/// <c>SMARKETING_TEST_SQLSERVER</c> holds a connection string: the same generated export is loaded into a fresh SQL Server
/// database and an embedded one, and each read command must print the same figures from both. Without the variable every test
/// is reported as skipped with the reason.</summary>
[NonParallelizable]
public class ReadCommandsSqlServerLiveTests
{
    private const string Variable = "SMARKETING_TEST_SQLSERVER";
    private string connectionString = null!;
    private string databaseName = null!;
    private string folder = null!;
    private string duckDb = null!;
    private bool deployed;

    [OneTimeSetUp]
    public void LoadBothEngines()
    {
        connectionString = Environment.GetEnvironmentVariable(Variable) ?? "";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Ignore($"{Variable} is not set: no SQL Server to run the read commands against");
        }

        databaseName = $"SmarketingRead_{Guid.NewGuid():N}";
        (folder, var exports) = CliProcess.Generated(300, 11);
        duckDb = Path.Combine(folder, "warehouse.duckdb");
        Assert.That(CliProcess.Run("run", "--source", exports, "--database", duckDb, "--log-dir", folder).ExitCode, Is.EqualTo(0));
        var (code, output) = CliProcess.Run("deploy", "--engine", "sqlserver", "--connection-string", connectionString, "--database-name", databaseName,
            "--log-dir", folder);
        Assert.That(code, Is.EqualTo(0), output);
        deployed = true;
        (code, output) = CliProcess.Run("run", "--source", exports, "--engine", "sqlserver", "--connection-string", connectionString,
            "--database-name", databaseName, "--log-dir", folder);
        Assert.That(code, Is.EqualTo(0), output);
    }

    [OneTimeTearDown]
    public void DropDatabase()
    {
        if (deployed)
        {
            SqlConnection.ClearAllPools();
            using var master = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { InitialCatalog = "master" }.ConnectionString);
            master.Execute($"ALTER DATABASE {SqlServerUpsertSql.Quote(databaseName)} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; " +
                           $"DROP DATABASE {SqlServerUpsertSql.Quote(databaseName)};");
        }

        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private (int Code, string Output) OnSqlServer(params string[] args) =>
        CliProcess.Run([.. args, "--engine", "sqlserver", "--connection-string", connectionString, "--database-name", databaseName, "--log-dir", folder]);

    private (int Code, string Output) OnDuckDb(params string[] args) => CliProcess.Run([.. args, "--database", duckDb, "--log-dir", folder]);

    [Test]
    public void Query_prints_the_same_csv_from_both_engines_and_refuses_bad_SQL_with_exit_2()
    {
        const string sql = "SELECT CohortYearMonth, SUM(Inquiries) AS Leads, SUM(Customers) AS Won FROM rpt.FunnelConversion " +
                           "GROUP BY CohortYearMonth ORDER BY CohortYearMonth";
        var server = OnSqlServer("query", sql, "--format", "csv");
        var embedded = OnDuckDb("query", sql, "--format", "csv");
        Assert.That(server.Code, Is.EqualTo(0), server.Output);
        Assert.That(server.Output, Is.EqualTo(embedded.Output));
        Assert.That(OnSqlServer("query", "SELECT Nope FROM rpt.FunnelConversion").Code, Is.EqualTo(2));
        Assert.That(OnSqlServer("query", "-- the newest batch\nSELECT TOP (1) BatchId FROM rpt.BatchHistory ORDER BY BatchId DESC", "--format", "csv").Output,
            Does.Match(@"^BatchId\r?\n1\r?\n"), "a leading comment and T-SQL's TOP pass through unchanged");
    }

    [Test]
    public void Batches_and_the_reports_read_the_SQL_Server_warehouse()
    {
        var (code, output) = OnSqlServer("batches");
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("Succeeded"));
        var server = Path.Combine(folder, "server.csv");
        var embedded = Path.Combine(folder, "embedded.csv");
        Assert.That(OnSqlServer("report", "sla-exceptions", "--format", "csv", "--out", server).Code, Is.EqualTo(0));
        Assert.That(OnDuckDb("report", "sla-exceptions", "--format", "csv", "--out", embedded).Code, Is.EqualTo(0));
        Assert.That(File.ReadAllLines(server).Length, Is.EqualTo(File.ReadAllLines(embedded).Length));
        var dashboard = Path.Combine(folder, "dashboard.html");
        Assert.That(OnSqlServer("report", "dashboard", "--out", dashboard).Code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(dashboard), Does.Contain("\"funnel\":{\"columns\":[\"Month\""));
    }
}
