using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Loading.Contract;

/// <summary>The loader contract on the embedded engine: a fresh warehouse file deployed from the model.</summary>
public sealed class DuckDbLoaderContractTests : WarehouseLoaderContract
{
    private string path = null!;

    [OneTimeSetUp]
    public void Deploy()
    {
        path = Path.Combine(TestTemp.Root, $"contract-{Guid.NewGuid():N}.duckdb");
        var loader = DuckDbLoader.Open(path, WarehouseModel.LoadCatalog());
        DuckDbDeployer.Deploy(loader);
        Loader = loader;
    }

    [OneTimeTearDown]
    public void Close()
    {
        Loader.Dispose();
        File.Delete(path);
    }
}
