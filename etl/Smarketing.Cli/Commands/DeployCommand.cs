using System.CommandLine;
using Smarketing.Cli.Console;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Loading.SqlServer;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing deploy</c>: create or upgrade the warehouse schema from the DACPAC.</summary>
internal static class DeployCommand
{
    public static Command Create()
    {
        var engine = CommonOptions.Engine();
        var database = CommonOptions.Database();
        var connection = CommonOptions.ConnectionString();
        var databaseName = CommonOptions.DatabaseName();
        var dacpac = CommonOptions.Dacpac();
        var allowDataLoss = new Option<bool>("--allow-data-loss")
        {
            Description = "Apply changes that could lose data (dropped columns/tables, changed types). Blocked by default; take a backup first.",
        };
        var command = new Command("deploy", "Create or upgrade the warehouse schema from the DACPAC (DuckDB file or SQL Server database).")
        {
            engine, database, connection, databaseName, dacpac, allowDataLoss,
        };
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            var dacpacPath = parse.GetValue(dacpac)?.FullName ?? WarehouseModel.DefaultDacpacPath;
            if (parse.GetValue(engine) == "sqlserver")
            {
                var connectionString = parse.GetValue(connection) ?? Environment.GetEnvironmentVariable("SMARKETING_SQLSERVER");
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    log.Error("No SQL Server connection string: pass --connection-string or set SMARKETING_SQLSERVER.");
                    return ExitCodes.InvalidArguments;
                }

                try
                {
                    SqlServerDeployer.Deploy(dacpacPath, connectionString, parse.GetValue(databaseName)!, parse.GetValue(allowDataLoss), m => log.Information("{DacFx}", m));
                    log.Information("Deployed {Dacpac} to database {Database}", dacpacPath, parse.GetValue(databaseName));
                    return ExitCodes.Success;
                }
                catch (Microsoft.SqlServer.Dac.DacServicesException e) when (e.ToString().Contains("data loss", StringComparison.OrdinalIgnoreCase))
                {
                    log.Error("Deploy blocked on possible data loss: {Message}", e.Message);
                    return ExitCodes.DeployBlocked;
                }
            }

            var file = parse.GetValue(database)!;
            try
            {
                using var loader = DuckDbLoader.Open(file.FullName, WarehouseModel.LoadCatalog(dacpacPath));
                var report = DuckDbDeployer.Deploy(loader, parse.GetValue(allowDataLoss));
                if (report.Blocked)
                {
                    log.Error("Deploy blocked on possible data loss (rerun with --allow-data-loss after a backup): {Changes}", string.Join("; ", report.DataLossChanges));
                    return ExitCodes.DeployBlocked;
                }

                Warehouse.ReportUserViews(report, log);
                log.Information("Deployed to {Database}: {Tables} table(s) created, {Columns} column(s) added, {Views} view(s), {Statements} post-deployment statement(s)",
                    file.FullName, report.TablesCreated.Count, report.ColumnsAdded.Count, report.ViewsCreated.Count, report.PostDeploymentStatements);
                return ExitCodes.Success;
            }
            catch (WarehouseBusyException e)
            {
                log.Error("{Message}", e.Message);
                return ExitCodes.AlreadyRunning;
            }
        });
        return command;
    }
}
