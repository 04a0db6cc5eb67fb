using Dapper;
using Microsoft.Data.SqlClient;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.SqlServer;

namespace Smarketing.Etl.Tests.Loading.Contract;

/// <summary>The loader contract on SQL Server, when <c>SMARKETING_TEST_SQLSERVER</c> holds a connection string (a login allowed to
/// create a database): the DACPAC is deployed into a fresh database, dropped afterwards. Without the variable every test is reported
/// as skipped with that reason, never as passed.</summary>
[NonParallelizable]
public sealed class SqlServerLoaderContractTests : WarehouseLoaderContract
{
    private const string Variable = "SMARKETING_TEST_SQLSERVER";
    private string connectionString = "";
    private string databaseName = "";

    [OneTimeSetUp]
    public void Deploy()
    {
        connectionString = Environment.GetEnvironmentVariable(Variable) ?? "";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Ignore($"{Variable} is not set: no SQL Server to run the loader contract against");
        }

        var dacpac = Path.Combine(TestContext.CurrentContext.TestDirectory, WarehouseModel.DacpacFileName);
        databaseName = $"SmarketingContract_{Guid.NewGuid():N}";
        SqlServerDeployer.Deploy(dacpac, connectionString, databaseName, allowDataLoss: false, message => TestContext.Progress.WriteLine(message));
        Loader = SqlServerLoader.Open(connectionString, WarehouseModel.LoadCatalog(dacpac), databaseName);
    }

    [OneTimeTearDown]
    public void Drop()
    {
        if (databaseName.Length == 0)
        {
            return;
        }

        Loader?.Dispose();
        SqlConnection.ClearAllPools();
        using var master = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { InitialCatalog = "master" }.ConnectionString);
        master.Execute($"ALTER DATABASE {SqlServerUpsertSql.Quote(databaseName)} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; " +
                       $"DROP DATABASE {SqlServerUpsertSql.Quote(databaseName)};");
    }
}
