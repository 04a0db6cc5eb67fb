using System.CommandLine;
using Serilog;
using Smarketing.Cli.Console;
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
        var check = new Command("check", "Dry-run a mapping: per entity rows read, written and rejected (first reasons), unmapped values, and what the warehouse will answer.")
        {
            source, mapping, output, outside,
        };
        check.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            var keep = parse.GetValue(output)?.FullName;
            var folder = keep ?? TempFolder();
            try
            {
                if (Normalize(parse.GetValue(source)!.FullName, parse.GetValue(mapping)!, folder, log, parse.GetValue(outside), out var result) is { } failed)
                {
                    return failed;
                }

                Print(result!, keep);
                return ExitCodes.Success;
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

        log.Information("Mapped {Source} with {Mapping} into {Folder}: {Rows} rows read, {Rejected} not mapped",
            source, mapping, folder, result.Entities.Sum(e => e.RowsRead), result.Rejects.Count());
        return null;
    }

    private static void Print(NormalizationResult result, string? kept)
    {
        var w = System.Console.Out;
        w.WriteLine($"{"entity",-24} {"source file",-22} {"read",7} {"written",8} {"rejected",9}");
        foreach (var e in result.Entities)
        {
            w.WriteLine(e.SourceFile is null
                ? $"{e.Entity.Key,-24} {"(not mapped)",-22}"
                : $"{e.Entity.Key,-24} {e.SourceFile,-22} {e.RowsRead,7} {e.RowsWritten,8} {e.Rejects.Count,9}");
        }

        foreach (var e in result.Entities.Where(e => e.Rejects.Count > 0))
        {
            w.WriteLine($"\n{e.Entity.Key}: {e.Rejects.Count} row(s) not mapped, first reasons:");
            e.Rejects.Take(5).ToList().ForEach(r => w.WriteLine($"  {r}"));
        }

        var unmapped = result.Entities.SelectMany(e => e.UnmappedValues).ToList();
        if (unmapped.Count > 0)
        {
            w.WriteLine("\nValues no value map lists (they took the default):");
            unmapped.OrderByDescending(u => u.Value).ToList().ForEach(u => w.WriteLine($"  {u.Key} × {u.Value}"));
        }

        var notes = result.Entities.SelectMany(e => e.Notes).ToList();
        if (notes.Count > 0)
        {
            w.WriteLine("\nNotes:");
            notes.ForEach(n => w.WriteLine($"  {n}"));
        }

        w.WriteLine("\nWhat the warehouse will be able to answer:");
        MappingCapabilities.Describe(result).ToList().ForEach(line => w.WriteLine($"  {line}"));
        if (kept is not null)
        {
            w.WriteLine($"\nCanonical files written to {kept}");
        }
    }
}
