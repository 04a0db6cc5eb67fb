using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;
using Serilog;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Loading.SqlServer;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Cli.Commands;

/// <summary>Opens the warehouse (embedded or SQL Server) for a command and turns expected failures into exit codes.</summary>
internal static class Warehouse
{
    /// <summary>The environment variable holding the SQL Server connection string when none is given on the command line.</summary>
    public const string ConnectionStringVariable = "SMARKETING_SQLSERVER";

    /// <summary>The database loaded when neither --database-name nor the connection string names one (deploy's default too).</summary>
    public const string DefaultDatabaseName = "SmarketingWarehouse";

    /// <summary>Opens the DuckDB warehouse, runs <paramref name="work"/>, and maps failures to exit codes. With <paramref name="deploy"/>
    /// (the ETL run) a new or outdated database is first brought up to the model; read-only commands leave the file as it is and
    /// refuse a path that holds no warehouse. <paramref name="memoryLimit"/> and <paramref name="threads"/> (options, already
    /// checked) override the engine's resources (<see cref="DuckDbResources.Resolve"/>); a bad environment variable exits 2.</summary>
    public static int WithDuckDb(FileInfo database, FileInfo? dacpac, ILogger log, Func<DuckDbLoader, int> work, bool deploy = false,
        string? memoryLimit = null, string? threads = null)
    {
        if (!deploy && !File.Exists(database.FullName))
        {
            log.Error("The warehouse {Database} does not exist: load it with 'smarketing run' (or create it with 'smarketing deploy') first.", database.FullName);
            return ExitCodes.InvalidArguments;
        }

        DuckDbResources resources;
        try
        {
            resources = DuckDbResources.Resolve(memoryLimit, threads);
        }
        catch (ArgumentException e)
        {
            log.Error("{Message}", e.Message);
            return ExitCodes.InvalidArguments;
        }

        try
        {
            var catalog = WarehouseModel.LoadCatalog(dacpac?.FullName);
            using var loader = DuckDbLoader.Open(database.FullName, catalog, resources);
            if (deploy)
            {
                log.Information("DuckDB engine: memory limit {Resources}, spilling to {TempDirectory}",
                    resources.Describe(), loader.TempDirectory);
            }

            var report = deploy ? DuckDbDeployer.Deploy(loader) : new DeployReport();
            if (report.Blocked)
            {
                log.Error("The warehouse {Database} differs from the model in ways that would lose data: {Changes}. Run 'smarketing deploy --allow-data-loss' after a backup.",
                    database.FullName, string.Join("; ", report.DataLossChanges));
                return ExitCodes.DeployBlocked;
            }

            ReportUserViews(report, log);
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
        catch (DuckDBException e) when (e.Message.StartsWith("Out of Memory", StringComparison.OrdinalIgnoreCase))
        {
            // The batch was rolled back (EtlRunner); the budget, not the data, is the problem, so say which knob to turn.
            log.Error("The embedded engine ran out of its memory budget ({Resources}); nothing was committed. Raise --memory-limit " +
                      "(or {Variable}) or lower --threads. DuckDB said: {Message}",
                resources.Describe(), DuckDbResources.MemoryLimitVariable, e.Message.Split('\n')[0]);
            return ExitCodes.Failure;
        }
    }

    /// <summary>Warns about views of the model's schemas that the deploy dropped because the model does not define them.</summary>
    public static void ReportUserViews(DeployReport report, ILogger log)
    {
        if (report.UserViewsDropped.Count > 0)
        {
            log.Warning("The deploy dropped views the warehouse model does not define: {Views}. Keep your own objects in the custom schema, " +
                        "which a deploy never touches.", string.Join(", ", report.UserViewsDropped));
        }
    }

    /// <summary>Connects to SQL Server (the schema must be deployed already), takes the single-writer lock unless it is a
    /// <paramref name="reader"/>, runs <paramref name="work"/>, and maps failures to exit codes. Nothing logged here contains the
    /// connection string.</summary>
    public static int WithSqlServer(string connectionString, string? databaseName, FileInfo? dacpac, ILogger log, Func<SqlServerLoader, int> work,
        bool reader = false)
    {
        try
        {
            databaseName ??= string.IsNullOrEmpty(SqlServerLoader.ConnectionSettings(connectionString).InitialCatalog) ? DefaultDatabaseName : null;
        }
        catch (ArgumentException e)
        {
            log.Error("The SQL Server connection string is not valid: {Reason}", e.Message);
            return ExitCodes.InvalidArguments;
        }

        SqlServerLoader? loader = null;
        try
        {
            loader = SqlServerLoader.Open(connectionString, WarehouseModel.LoadCatalog(dacpac?.FullName), databaseName, reader);
            return work(loader);
        }
        catch (WarehouseBusyException e)
        {
            log.Error("{Message}", e.Message);
            return ExitCodes.AlreadyRunning;
        }
        catch (FileNotFoundException e) when (loader is null)
        {
            log.Error("{Message}", e.Message);
            return ExitCodes.Failure;
        }
        catch (SqlException e) when (loader is null)
        {
            log.Error("Cannot open the SQL Server warehouse: {Message}", e.Message);
            return ExitCodes.Failure;
        }
        finally
        {
            loader?.Dispose();
        }
    }
}
