using System.CommandLine;
using System.Globalization;
using Serilog;
using Smarketing.Cli.Console;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing run</c>: one ETL batch from a landing folder into the warehouse.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var source = new Option<DirectoryInfo>("--source") { Description = "Landing folder holding the export files (docs/SOURCES.md).", Required = true };
        var engine = CommonOptions.Engine();
        var database = CommonOptions.Database();
        var config = CommonOptions.Config();
        var dacpac = CommonOptions.Dacpac();
        var asOf = new Option<DateTime?>("--as-of")
        {
            Description = "The batch's as-of instant (UTC, ISO-8601). Default: the newest timestamp in the staged sources.",
        };
        var maxReject = new Option<double>("--max-reject-percent")
        {
            Description = "Fail the batch (exit 4, nothing committed) when any entity rejects more than this share of its rows.",
            DefaultValueFactory = _ => 5.0,
        };
        var command = new Command("run", "Run one ETL batch: read the exports, stage, transform and load the warehouse in one transaction.")
        {
            source, engine, database, config, dacpac, asOf, maxReject,
        };
        command.SetAction(parse =>
        {
            var interactive = CliLogging.IsInteractive;
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), interactive);
            if (parse.GetValue(engine) == "sqlserver")
            {
                log.Error("run --engine sqlserver is not available in this version: deploy the schema with 'smarketing deploy --engine sqlserver'; loading targets the embedded engine.");
                return ExitCodes.InvalidArguments;
            }

            var options = new RunOptions(parse.GetValue(source)!.FullName,
                parse.GetValue(asOf) is { } a ? DateTime.SpecifyKind(a.ToUniversalTime(), DateTimeKind.Utc) : null, parse.GetValue(maxReject));
            return Execute(options, parse.GetValue(database)!, parse.GetValue(config), parse.GetValue(dacpac), log, interactive);
        });
        return command;
    }

    /// <summary>Loads the configuration, opens the warehouse and runs one batch; shared with <c>demo</c>.</summary>
    public static int Execute(RunOptions options, FileInfo database, FileInfo? config, FileInfo? dacpac, ILogger log, bool interactive)
    {
        if (!Directory.Exists(options.SourceDirectory))
        {
            log.Error("The landing folder {Source} does not exist.", options.SourceDirectory);
            return ExitCodes.InvalidArguments;
        }

        LoadedConfiguration configuration;
        try
        {
            configuration = ConfigurationLoader.Load(config?.FullName);
        }
        catch (ConfigurationException e)
        {
            log.Error("{Problems}", e.Message);
            return ExitCodes.InvalidConfiguration;
        }

        return Warehouse.WithDuckDb(database, dacpac, log, loader =>
        {
            var result = ConsoleRunObserver.Observe(interactive, observer => new EtlRunner(loader, configuration, log, observer).Run(options));
            RunSummary.Print(result, database.FullName);
            log.Information("Batch {BatchId} finished with exit code {ExitCode} ({Status}) as of {AsOf}", result.BatchId, result.ExitCode, result.Status,
                result.AsOfUtc.ToString("o", CultureInfo.InvariantCulture));
            return result.ExitCode;
        });
    }
}
