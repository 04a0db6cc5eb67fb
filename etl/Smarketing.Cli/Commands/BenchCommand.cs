using System.CommandLine;
using System.Globalization;
using Smarketing.Cli.Console;
using Smarketing.Benchmarking;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing bench</c>: how fast and how lean the ETL is at two scales, beside DuckDB's own read_csv ingest.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var leads = new Option<string>("--leads")
        {
            Description = "Scales to measure, comma-separated numbers of leads (100,000 leads ≈ 3.5 million Marketo activities; " +
                          "1000000 checks the million-lead target, not run by default).",
            DefaultValueFactory = _ => "10000,100000",
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for the results (JSON and Markdown, named by the start time).", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("bench", "results")),
        };
        var seed = GenerateCommand.Seed();
        var work = new Option<DirectoryInfo>("--work")
        {
            Description = "Scratch folder for the generated exports and databases.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(Path.GetTempPath(), "smarketing-bench")),
        };
        var keep = new Option<bool>("--keep") { Description = "Keep the generated exports and databases in the scratch folder." };
        var command = new Command("bench", "Measure the ETL (full load phase by phase, a ~1 % delta, every rpt view) against DuckDB's bare read_csv at two scales.")
        {
            leads, output, seed, work, keep,
        };
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            var scales = new List<int>();
            foreach (var part in parse.GetValue(leads)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 100)
                {
                    log.Error("--leads '{Value}': '{Part}' is not a number of leads (at least 100), e.g. --leads 10000,100000", parse.GetValue(leads), part);
                    return ExitCodes.InvalidArguments;
                }

                scales.Add(n);
            }

            var options = new BenchmarkOptions
            {
                Leads = scales, Seed = parse.GetValue(seed), WorkDirectory = parse.GetValue(work)!.FullName, KeepFiles = parse.GetValue(keep),
            };
            Directory.CreateDirectory(options.WorkDirectory);
            BenchmarkResult result;
            try
            {
                result = new BenchmarkRunner(options, new Progress(log), new ChildProcessMeasurementHost(options.WorkDirectory)).Run();
            }
            catch (MeasuredRunFailedException e)
            {
                log.Debug("What the measured run printed: {Output}", e.Detail);
                log.Error("{Reason}. No results were written{Kept}.", e.Message.TrimEnd('.'),
                    options.KeepFiles ? $"; the exports and databases are kept in {options.WorkDirectory}" : string.Empty);
                return ExitCodes.Failure;
            }
            finally
            {
                RemoveIfEmpty(options.WorkDirectory);
            }

            var name = "bench-" + result.StartedUtc.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            var (json, markdown) = BenchmarkReport.Write(result, parse.GetValue(output)!.FullName, name);
            BenchmarkTables.Print(result);
            log.Information("Results written to {Json} and {Markdown}", json, markdown);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Logs progress lines synchronously, in order.</summary>
    private sealed class Progress(Serilog.ILogger log) : IProgress<string>
    {
        public void Report(string value) => log.Information("{Step}", value);
    }

    /// <summary>The scratch folder goes when the bench left nothing in it (every scale removes its own files unless --keep).</summary>
    private static void RemoveIfEmpty(string folder)
    {
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }
}
