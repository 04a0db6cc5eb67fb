using Smarketing.Etl.Sources;

namespace Smarketing.Etl.Pipeline;

/// <summary>What a landing folder holds, matched against <see cref="SourceFiles.All"/>. File names are the contract; a name that
/// differs only in case (<c>lead.csv</c>) is loaded with a note, because on Windows it would load anyway and on Linux it would
/// otherwise be skipped without a word. Files the ETL does not know are noted.</summary>
public sealed class LandingFolder
{
    private LandingFolder(IReadOnlyDictionary<string, string> paths, IReadOnlyList<string> notes)
    {
        Paths = paths;
        Notes = notes;
    }

    /// <summary>Source file name (as in <see cref="SourceFiles"/>) → path of the file found for it.</summary>
    public IReadOnlyDictionary<string, string> Paths { get; }

    /// <summary>Case-differing names and unknown files.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The path of <paramref name="source"/>'s file, or null when the folder lacks it.</summary>
    public string? PathOf(SourceFile source) => Paths.GetValueOrDefault(source.FileName);

    /// <summary>Scans <paramref name="directory"/>; two files whose names differ only in case for one source refuse the batch.</summary>
    public static LandingFolder Scan(string directory)
    {
        var files = Directory.GetFiles(directory).Select(Path.GetFileName).OfType<string>().ToList();
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var notes = new List<string>();
        foreach (var source in SourceFiles.All)
        {
            var matches = files.Where(f => f.Equals(source.FileName, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count > 1)
            {
                throw new SourceFileException(
                    $"{string.Join(" and ", matches)}: two files for {source.EntityName}; keep only {source.FileName} in the landing folder");
            }

            if (matches.Count == 1)
            {
                paths[source.FileName] = Path.Combine(directory, matches[0]);
                if (matches[0] != source.FileName)
                {
                    notes.Add($"{matches[0]} was loaded as {source.FileName}: name the file {source.FileName} (names are case-sensitive on Linux).");
                }
            }
        }

        var unknown = files.Where(f => !SourceFiles.All.Any(s => s.FileName.Equals(f, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            notes.Add($"Files the ETL does not read were ignored: {string.Join(", ", unknown)} (the file names are listed in docs/SOURCES.md).");
        }

        return new LandingFolder(paths, notes);
    }
}
