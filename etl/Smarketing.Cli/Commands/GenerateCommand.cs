using System.CommandLine;
using System.Globalization;
using Serilog;
using Smarketing.Cli.Console;
using Smarketing.Generation;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Sources;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing generate</c>: write synthetic Salesforce and Marketo exports that behave like a real B2B funnel.</summary>
internal static class GenerateCommand
{
    public static Option<int> Leads() => new("--leads") { Description = "Number of leads to simulate.", DefaultValueFactory = _ => 2000 };

    public static Option<int> Seed() => new("--seed") { Description = "Random seed: the same seed writes byte-identical files.", DefaultValueFactory = _ => 42 };

    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Landing folder to write the export files into.", Required = true };
        var leads = Leads();
        var seed = Seed();
        var from = new Option<DateOnly>("--from") { Description = "First day of simulated activity.", DefaultValueFactory = _ => new DateOnly(2023, 1, 1) };
        var to = new Option<DateOnly>("--to") { Description = "Last day of simulated activity (the extract date).", DefaultValueFactory = _ => new DateOnly(2025, 6, 30) };
        var extractAt = new Option<DateOnly?>("--extract-at")
        {
            Description = "Day the extract is taken (default: --to): the files show the sources at the end of that day; the simulation is the same whatever the day.",
        };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "Write an incremental (delta) extract: only rows changed at or after this UTC instant (e.g. the previous extract's cutoff, 2025-06-29T00:00:00Z).",
        };
        var command = new Command("generate", "Write synthetic Salesforce and Marketo export files (docs/SOURCES.md) for a demo or a test.")
        {
            output, leads, seed, from, to, extractAt, changedSince,
        };
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            DateTime? since = null;
            if (parse.GetValue(changedSince) is { } text)
            {
                if (!FieldParser.TryDateTimeUtc(text, out var instant))
                {
                    log.Error("--changed-since '{Value}' is not an instant (expected ISO-8601 such as 2025-06-29T00:00:00Z)", text);
                    return ExitCodes.InvalidArguments;
                }

                since = instant;
            }

            return Execute(parse.GetValue(output)!, parse.GetValue(leads), parse.GetValue(seed), parse.GetValue(from), parse.GetValue(to), log,
                parse.GetValue(extractAt), since);
        });
        return command;
    }

    /// <summary>Generates the exports; shared with <c>demo</c>.</summary>
    public static int Execute(DirectoryInfo output, int leads, int seed, DateOnly from, DateOnly to, ILogger log, DateOnly? extractAt = null, DateTime? changedSince = null)
    {
        if (File.Exists(output.FullName))
        {
            log.Error("--out {Output} is a file; give a folder (it is created if needed) for the export files.", output.FullName);
            return ExitCodes.InvalidArguments;
        }

        GenerationSummary summary;
        var options = new GeneratorOptions
        {
            OutputDirectory = output.FullName,
            Leads = leads,
            Seed = seed,
            From = from,
            To = to,
            ExtractAt = extractAt,
            ChangedSinceUtc = changedSince,
        };
        try
        {
            summary = new SampleExportGenerator().Generate(options);
        }
        catch (ArgumentException e)
        {
            log.Error("{Message}", e.Message);
            return ExitCodes.InvalidArguments;
        }

        foreach (var file in summary.Files)
        {
            log.Information("{File}: {Rows} rows, {Bytes} bytes", file.Name, file.Rows.ToString("N0", CultureInfo.InvariantCulture), file.Bytes.ToString("N0", CultureInfo.InvariantCulture));
        }

        log.Information("Generated {Leads} leads (seed {Seed}) into {Output} in {Elapsed}", leads, seed, output.FullName, summary.Elapsed);
        log.Information("{Kind} extract as of {Cutoff:o}{Since}; a later delta continues with --changed-since {Cutoff:o}",
            changedSince is null ? "Full" : "Incremental", options.ExtractCutoffUtc,
            changedSince is { } s ? string.Create(CultureInfo.InvariantCulture, $", changes since {s:o}") : string.Empty, options.ExtractCutoffUtc);
        return ExitCodes.Success;
    }
}
