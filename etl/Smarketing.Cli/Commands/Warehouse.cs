using Serilog;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Cli.Commands;

/// <summary>Opens the embedded warehouse for a command and turns expected failures into exit codes.</summary>
internal static class Warehouse
{
    /// <summary>Opens (and brings up to date) the DuckDB warehouse, runs <paramref name="work"/>, and maps failures to exit codes.</summary>
    public static int WithDuckDb(FileInfo database, FileInfo? dacpac, ILogger log, Func<DuckDbLoader, int> work)
    {
        try
        {
            var catalog = WarehouseModel.LoadCatalog(dacpac?.FullName);
            using var loader = DuckDbLoader.Open(database.FullName, catalog);
            var report = DuckDbDeployer.Deploy(loader);
            if (report.Blocked)
            {
                log.Error("The warehouse {Database} differs from the model in ways that would lose data: {Changes}. Run 'smarketing deploy --allow-data-loss' after a backup.",
                    database.FullName, string.Join("; ", report.DataLossChanges));
                return ExitCodes.DeployBlocked;
            }

            return work(loader);
        }
        catch (WarehouseBusyException e)
        {
            log.Error("{Message}", e.Message);
            return ExitCodes.AlreadyRunning;
        }
        catch (FileNotFoundException e)
        {
            log.Error("{Message}", e.Message);
            return ExitCodes.Failure;
        }
    }
}
