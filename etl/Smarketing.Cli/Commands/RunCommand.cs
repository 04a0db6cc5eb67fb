using System.CommandLine;
using System.Globalization;
using Serilog;
using Smarketing.Cli.Console;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Sources;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing run</c>: one ETL batch from a landing folder into the warehouse.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var source = new Option<DirectoryInfo>("--source") { Description = "Landing folder holding the export files (docs/SOURCES.md).", Required = true };
        var engine = CommonOptions.Engine();
        var database = CommonOptions.Database();
        var connection = CommonOptions.ConnectionString();
        var databaseName = new Option<string?>("--database-name")
        {
            Description = "SQL Server database to load (engine sqlserver; deploy it first). Default: the connection string's database, else SmarketingWarehouse.",
        };
        var config = CommonOptions.Config();
        var dacpac = CommonOptions.Dacpac();
        var asOf = new Option<DateTime?>("--as-of")
        {
            Description = "The batch's as-of instant (UTC, ISO-8601, e.g. 2025-06-30T18:00:00Z; no offset = UTC). " +
                          "Default: the newest timestamp in the staged sources.",
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                if (FieldParser.TryDateTimeUtc(text, out var instant))
                {
                    return instant;
                }

                r.AddError($"--as-of '{text}' is not an instant: give an ISO-8601 date or date-time in UTC, e.g. 2025-06-30 or 2025-06-30T18:00:00Z.");
                return null;
            },
        };
        var maxReject = new Option<double?>("--max-reject-percent")
        {
            Description = "Fail the batch (exit 4, nothing committed) when any entity rejects more than this share (0–100) of its rows " +
                          "and more than inputRules.minRejectedRows rows. Default: inputRules.maxRejectPercent (5).",
        };
        maxReject.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } v && (double.IsNaN(v) || v is < 0 or > 100))
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"--max-reject-percent: {v} is not a percentage (allowed: 0–100)."));
            }
        });
        var full = new Option<bool>("--full")
        {
            Description = "The extract is full: it must hold Lead.csv with rows (else exit 8) and the volume guard applies. " +
                          "The first batch into a warehouse is always full.",
        };
        var allowShrink = new Option<bool>("--allow-shrink")
        {
            Description = "Accept a full extract holding far fewer rows or keys than the warehouse (inputRules.maxShrinkPercent, else exit 4).",
        };
        var recomputeAll = new Option<bool>("--recompute-all")
        {
            Description = "Rebuild the lead facts of every lead, not only of those the delta touched (after changing a transform, or to check an incremental warehouse).",
        };
        var memoryLimit = CommonOptions.MemoryLimit();
        var threads = CommonOptions.Threads();
        var mapping = MappingCommand.MappingOption(required: false);
        var outside = MappingCommand.AllowOutsideSourceOption();
        var command = new Command("run", "Run one ETL batch: read the exports, stage, transform and load the warehouse in one transaction.")
        {
            source, engine, database, connection, databaseName, config, dacpac, asOf, maxReject, full, allowShrink, recomputeAll, memoryLimit, threads, mapping,
            outside,
        };
        command.SetAction(parse =>
        {
            var interactive = CliLogging.IsInteractive;
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), interactive);
            var landing = parse.GetValue(source)!.FullName;
            if (parse.GetValue(mapping) is not { } map)
            {
                return Load(landing);
            }

            // With --mapping the source is a foreign export: normalise it into canonical files first (docs/MAPPING.md). The files are
            // scratch once the batch has succeeded; after a failure they stay for inspection.
            if (MappingCommand.NormalizeForRun(landing, map, parse.GetValue(maxReject) ?? 5.0, parse.GetValue(outside), log, out landing) is { } failed)
            {
                if (Directory.Exists(landing))
                {
                    log.Warning("The canonical files of the mapped export are kept for inspection in {Folder}", landing);
                }

                return failed;
            }

            var code = Load(landing);
            if (code == ExitCodes.Success)
            {
                Directory.Delete(landing, recursive: true);
            }
            else
            {
                log.Warning("The canonical files of the mapped export are kept for inspection in {Folder}", landing);
            }

            return code;

            int Load(string folder)
            {
                var options = new RunOptions(folder,
                    parse.GetValue(asOf), parse.GetValue(maxReject),
                    parse.GetValue(recomputeAll))
                {
                    Full = parse.GetValue(full), AllowShrink = parse.GetValue(allowShrink),
                };
                if (parse.GetValue(engine) != "sqlserver")
                {
                    return Execute(options, parse.GetValue(database)!, parse.GetValue(config), parse.GetValue(dacpac), log, interactive,
                        parse.GetValue(memoryLimit), parse.GetValue(threads));
                }

                // The connection string is never logged: it may hold a password.
                var connectionString = parse.GetValue(connection) ?? Environment.GetEnvironmentVariable(Warehouse.ConnectionStringVariable);
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    log.Error("No SQL Server connection string: pass --connection-string or set {Variable}.", Warehouse.ConnectionStringVariable);
                    return ExitCodes.InvalidArguments;
                }

                return ExecuteOnSqlServer(options, connectionString, parse.GetValue(databaseName), parse.GetValue(config), parse.GetValue(dacpac), log, interactive);
            }
        });
        return command;
    }

    /// <summary>Loads the configuration, opens the warehouse and runs one batch; shared with <c>demo</c>. <paramref name="memoryLimit"/>
    /// and <paramref name="threads"/> are the engine options (null: environment, else machine default).</summary>
    public static int Execute(RunOptions options, FileInfo database, FileInfo? config, FileInfo? dacpac, ILogger log, bool interactive,
        string? memoryLimit = null, string? threads = null) =>
        Prepare(options, config, log, out var configuration) is { } failed
            ? failed
            : Warehouse.WithDuckDb(database, dacpac, log, deploy: true, memoryLimit: memoryLimit, threads: threads,
                work: loader => RunBatch(loader, configuration!, options, database.FullName, log, interactive));

    /// <summary>One batch into a SQL Server database deployed with <c>smarketing deploy --engine sqlserver</c>.</summary>
    public static int ExecuteOnSqlServer(RunOptions options, string connectionString, string? databaseName, FileInfo? config, FileInfo? dacpac, ILogger log, bool interactive) =>
        Prepare(options, config, log, out var configuration) is { } failed
            ? failed
            : Warehouse.WithSqlServer(connectionString, databaseName, dacpac, log,
                loader => RunBatch(loader, configuration!, options, $"SQL Server database {loader.DatabaseName}", log, interactive));

    /// <summary>Checks the landing folder and loads the configuration; returns the exit code when either is unusable.</summary>
    private static int? Prepare(RunOptions options, FileInfo? config, ILogger log, out LoadedConfiguration? configuration)
    {
        configuration = null;
        if (!Directory.Exists(options.SourceDirectory))
        {
            log.Error("The landing folder {Source} does not exist.", options.SourceDirectory);
            return ExitCodes.InvalidArguments;
        }

        try
        {
            configuration = ConfigurationLoader.Load(config?.FullName);
            return null;
        }
        catch (ConfigurationException e)
        {
            log.Error("{Problems}", e.Message);
            return ExitCodes.InvalidConfiguration;
        }
    }

    private static int RunBatch(IWarehouseLoader loader, LoadedConfiguration configuration, RunOptions options, string target, ILogger log, bool interactive)
    {
        RunResult result;
        try
        {
            result = ConsoleRunObserver.Observe(interactive, observer => new EtlRunner(loader, configuration, log, observer).Run(options));
        }
        catch (RowMappingException e)
        {
            // The program's row records and the model it deploys disagree (a --dacpac from another build): nothing was recorded.
            log.Error("{Problems}", e.Message);
            return ExitCodes.Failure;
        }


        RunSummary.Print(result, target);
        log.Information("Batch {BatchId} finished with exit code {ExitCode} ({Status}) as of {AsOf}", result.BatchId, result.ExitCode, result.Status,
            result.AsOfUtc.ToString("o", CultureInfo.InvariantCulture));
        return result.ExitCode;
    }
}
