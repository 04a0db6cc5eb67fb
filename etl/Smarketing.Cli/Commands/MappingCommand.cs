using System.CommandLine;
using Serilog;
using Smarketing.Cli.Console;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Sources.Mapping;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing mapping check</c>: dry-runs a source mapping; also the mapping step of <c>run --mapping</c>.</summary>
internal static class MappingCommand
{
    public static Command Create()
    {
        var source = new Option<DirectoryInfo>("--source") { Description = "Folder holding the foreign export files.", Required = true };
        var mapping = MappingOption(required: true);
        var outside = AllowOutsideSourceOption();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Keep the canonical landing files written here (for inspection); default: a temporary folder, deleted." };
        var config = CommonOptions.Config();
        config.Description = "Funnel configuration the run will use (default: the shipped config/funnel.json): the persona, channel and " +
                             "stage distribution of the mapped leads is shown under it.";
        var check = new Command("check", "Dry-run a mapping: per source rows read, mapped, merged, empty and rejected (first reasons), " +
                                         "unmapped values, the persona/channel/stage distribution, and what the warehouse will answer.")
        {
            source, mapping, output, outside, config,
        };
        check.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            var keep = parse.GetValue(output)?.FullName;
            var folder = keep ?? TempFolder();
            try
            {
                LoadedConfiguration funnel;
                try
                {
                    funnel = ConfigurationLoader.Load(parse.GetValue(config)?.FullName);
                }
                catch (ConfigurationException e)
                {
                    log.Error("{Problems}", e.Message);
                    return ExitCodes.InvalidConfiguration;
                }

                if (Normalize(parse.GetValue(source)!.FullName, parse.GetValue(mapping)!, folder, log, parse.GetValue(outside), out var result) is { } failed)
                {
                    return failed;
                }

                Print(result!, keep, funnel);
                return Unbalanced(result!, log) ?? ExitCodes.Success;
            }
            finally
            {
                if (keep is null && Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        });
        return new Command("mapping", "Bring-your-own CRM: source mappings onto the canonical export files (docs/MAPPING.md).") { check };
    }

    /// <summary>The <c>--mapping</c> option: a mapping file or a preset name.</summary>
    public static Option<string> MappingOption(bool required) => new("--mapping")
    {
        Description = $"Source mapping file (docs/MAPPING.md) or a preset ({string.Join(", ", MappingLoader.Presets)}): the --source folder is a foreign export, normalised first.",
        Required = required,
    };

    /// <summary>The <c>--allow-outside-source</c> option: let a mapping's <c>file</c> name a path outside the export folder.</summary>
    public static Option<bool> AllowOutsideSourceOption() => new("--allow-outside-source")
    {
        Description = "Let the mapping's \"file\" entries name files outside the --source folder (absolute paths, '..'); refused by default.",
    };

    /// <summary>A fresh temporary folder for canonical files.</summary>
    public static string TempFolder() => Path.Combine(Path.GetTempPath(), "smarketing-mapped", Guid.NewGuid().ToString("N"));

    /// <summary>The mapping step of <c>run --mapping</c>: canonical files in a temporary folder (deleted by <c>run</c> after a
    /// successful batch, kept and logged otherwise), or the
    /// exit code when the mapping is unusable or an entity has more unmappable rows than <paramref name="maxRejectPercent"/> allows.</summary>
    public static int? NormalizeForRun(string source, string mapping, double maxRejectPercent, bool allowOutsideSource, ILogger log, out string landing)
    {
        landing = TempFolder();
        if (Normalize(source, mapping, landing, log, allowOutsideSource, out var result) is { } failed)
        {
            return failed;
        }

        if (Unbalanced(result!, log) is { } lost)
        {
            return lost;
        }

        var breaches = result!.Breaches(maxRejectPercent);
        if (breaches.Count > 0)
        {
            log.Error("Data-quality threshold exceeded while mapping, nothing loaded: {Breaches}", string.Join("; ", breaches));
            return ExitCodes.DataQualityThreshold;
        }

        return null;
    }

    /// <summary>Loads the mapping and writes the canonical files; returns the exit code when the mapping or the source is unusable.</summary>
    public static int? Normalize(string source, string mapping, string folder, ILogger log, bool allowOutsideSource, out NormalizationResult? result)
    {
        result = null;
        if (!Directory.Exists(source))
        {
            log.Error("The export folder {Source} does not exist.", source);
            return ExitCodes.InvalidArguments;
        }

        try
        {
            result = MappingNormalizer.Normalize(MappingLoader.Load(mapping), source, folder, allowOutsideSource);
        }
        catch (MappingException e)
        {
            log.Error("{Problems}", e.Message);
            return ExitCodes.InvalidConfiguration;
        }

        foreach (var reject in result.Rejects)
        {
            log.Warning("Not mapped: {Reject}", reject.ToString());
        }

        foreach (var warning in result.Entities.SelectMany(e => e.Warnings))
        {
            log.Warning("Mapped with a problem: {Warning}", warning.ToString());
        }

        foreach (var e in result.Entities.Where(e => e.RowsEmpty > 0 || e.RowsMerged > 0))
        {
            log.Information("{Path} ({File}): {Merged} row(s) merged into a row of the same id; {Empty}", e.Path, e.SourceFile, e.RowsMerged,
                e.RowsEmpty == 0 ? "none gave no row" : string.Join(", ", e.EmptyReasons.Select(r => $"{r.Value} row(s) {r.Key}")));
        }

        log.Information("Mapped {Source} with {Mapping} into {Folder}: {Rows} rows read, {Rejected} not mapped",
            source, mapping, folder, result.Entities.Sum(e => e.RowsRead), result.Rejects.Count());
        return null;
    }

    /// <summary>Exit 4 when some source's counts do not add up (rows lost without a reason): nothing may be loaded from it.</summary>
    internal static int? Unbalanced(NormalizationResult result, ILogger log)
    {
        var unbalanced = result.Unbalanced();
        if (unbalanced.Count == 0)
        {
            return null;
        }

        log.Error("Mapping counts do not add up, rows were lost without a reason; nothing loaded: {Sources}", string.Join("; ", unbalanced));
        return ExitCodes.DataQualityThreshold;
    }

    private static void Print(NormalizationResult result, string? kept, LoadedConfiguration funnel)
    {
        var w = System.Console.Out;
        w.WriteLine($"{"entity",-26} {"source file",-22} {"read",7} {"mapped",7} {"merged",7} {"empty",6} {"rejected",9} {"written",8}");
        foreach (var e in result.Entities)
        {
            w.WriteLine(e.SourceFile is null
                ? $"{e.Path,-26} {"(not mapped)",-22}"
                : $"{e.Path,-26} {e.SourceFile,-22} {e.RowsRead,7} {e.RowsMapped,7} {e.RowsMerged,7} {e.RowsEmpty,6} {e.Rejects.Count,9} {e.RowsWritten,8}");
        }

        foreach (var e in result.Entities.Where(e => e.Rejects.Count > 0))
        {
            w.WriteLine($"\n{e.Path}: {e.Rejects.Count} row(s) not mapped, first reasons:");
            e.Rejects.Take(5).ToList().ForEach(r => w.WriteLine($"  {r}"));
        }

        foreach (var e in result.Entities.Where(e => e.Warnings.Count > 0))
        {
            w.WriteLine($"\n{e.Path}: {e.Warnings.Count} row(s) written with a problem, first:");
            e.Warnings.Take(5).ToList().ForEach(r => w.WriteLine($"  {r}"));
        }

        var empty = result.Entities.SelectMany(e => e.EmptyReasons.Select(r => $"{e.Path}: {r.Value} row(s) {r.Key}")).ToList();
        var unmapped = result.Entities.SelectMany(e => e.UnmappedValues).ToList();
        if (unmapped.Count > 0)
        {
            w.WriteLine("\nValues no value map lists (they took the default):");
            unmapped.OrderByDescending(u => u.Value).ToList().ForEach(u => w.WriteLine($"  {u.Key} × {u.Value}"));
        }

        var notes = empty.Concat(result.Entities.SelectMany(e => e.Notes)).ToList();
        if (notes.Count > 0)
        {
            w.WriteLine("\nNotes:");
            notes.ForEach(n => w.WriteLine($"  {n}"));
        }

        w.WriteLine($"\nWith {funnel.Source}:");
        MappingPreview.Describe(result, funnel.Value).ToList().ForEach(line => w.WriteLine($"  {line}"));
        w.WriteLine("\nWhat the warehouse will be able to answer:");
        MappingCapabilities.Describe(result).ToList().ForEach(line => w.WriteLine($"  {line}"));
        if (kept is not null)
        {
            w.WriteLine($"\nCanonical files written to {kept}");
        }
    }
}
