using Serilog;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Etl.Tests.Support;

/// <summary>A fresh embedded warehouse in <paramref name="folder"/>, deployed and loaded in-process from a landing folder.</summary>
internal static class TestWarehouse
{
    /// <summary>Deploys warehouse.duckdb in <paramref name="folder"/>, runs one batch from <paramref name="exports"/> and asserts it succeeded.</summary>
    public static (DuckDbLoader Warehouse, RunResult Result) Load(string folder, string exports, DateTime asOfUtc, LoadedConfiguration? configuration = null)
    {
        var warehouse = DuckDbLoader.Open(Path.Combine(folder, "warehouse.duckdb"), WarehouseModel.LoadCatalog());
        DuckDbDeployer.Deploy(warehouse);
        return (warehouse, Run(warehouse, new RunOptions(exports, asOfUtc), configuration));
    }

    /// <summary>Runs one more batch into an open warehouse and asserts it succeeded.</summary>
    public static RunResult Run(DuckDbLoader warehouse, RunOptions options, LoadedConfiguration? configuration = null)
    {
        var result = new EtlRunner(warehouse, configuration ?? ConfigurationLoader.Load(null), new LoggerConfiguration().CreateLogger()).Run(options);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Message);
        return result;
    }
}
