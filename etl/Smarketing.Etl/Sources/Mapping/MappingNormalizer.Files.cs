namespace Smarketing.Etl.Sources.Mapping;

public static partial class MappingNormalizer
{
    private static Dictionary<string, SourceTable> OpenTables(SourceMapping mapping, string sourceDirectory, bool allowOutsideSource)
    {
        var tables = new Dictionary<string, SourceTable>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var (_, m, key) in mapping.Entities().SelectMany(e => e.Sources))
        {
            var path = Path.Combine(sourceDirectory, m.File);
            if (!allowOutsideSource && OutsideFolder(sourceDirectory, m.File))
            {
                problems.Add($"{key}.file '{m.File}' is outside the export folder {sourceDirectory}: a mapping reads files of the " +
                             "export folder only (no absolute path, no '..'); pass --allow-outside-source to read it anyway");
                continue;
            }

            if (!tables.ContainsKey(m.File))
            {
                if (!File.Exists(path))
                {
                    if (!m.Optional)
                    {
                        problems.Add($"{key}.file '{m.File}' is not in the export folder {sourceDirectory} (mark the entity \"optional\": true if it may be absent)");
                    }

                    continue;
                }

                tables[m.File] = SourceTable.Read(path);
            }

            var table = tables[m.File];
            if (m.StageDates is { } stages && stages.Columns.Keys.All(c => table.IndexOf(c) < 0))
            {
                problems.Add($"{m.File} line 1: none of the columns named by {key}.stageDates.columns is in the header (the header has: {string.Join(", ", table.Headers)})");
            }

            foreach (var (where, column) in SourceColumns(key, m))
            {
                if (table.IndexOf(column) < 0)
                {
                    problems.Add($"{m.File} line 1: column '{column}' named by {where} is not in the header (the header has: {string.Join(", ", table.Headers)})");
                }
            }

            LookupFiles(tables, problems, sourceDirectory, allowOutsideSource, key, m);
        }

        return problems.Count > 0 ? throw new MappingException(Path.GetFileName(Path.TrimEndingDirectorySeparator(sourceDirectory)), problems) : tables;
    }

    /// <summary>True when <paramref name="file"/> is rooted, or resolves (through <c>..</c>) to a place outside <paramref name="folder"/>.</summary>
    internal static bool OutsideFolder(string folder, string file)
    {
        if (Path.IsPathRooted(file))
        {
            return true;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return !Path.GetFullPath(Path.Combine(root, file)).StartsWith(root, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Path, string Column)> SourceColumns(string key, EntityMapping m)
    {
        foreach (var (name, c) in m.Columns)
        {
            foreach (var column in c.SourceColumns)
            {
                yield return ($"{key}.columns.{name}", column);
            }
        }

        foreach (var column in (m.ConvertedLead?.Id.SourceColumns ?? []).Concat(m.ConvertedLead?.Columns.Values.SelectMany(c => c.SourceColumns) ?? []))
        {
            yield return ($"{key}.convertedLead", column);
        }

        if (m.Split is { } split)
        {
            yield return ($"{key}.split.column", split.Column);
        }
    }

    /// <summary>Opens the files that lookups search and checks their by/value columns.</summary>
    private static void LookupFiles(Dictionary<string, SourceTable> tables, List<string> problems, string sourceDirectory, bool allowOutsideSource,
        string key, EntityMapping m)
    {
        var lookups = m.Columns.Select(c => (Path: $"{key}.columns.{c.Key}", c.Value.Lookup))
            .Concat((m.ConvertedLead?.Columns ?? []).Select(c => (Path: $"{key}.convertedLead.columns.{c.Key}", c.Value.Lookup)))
            .Concat([($"{key}.convertedLead.id", m.ConvertedLead?.Id.Lookup)]);
        foreach (var (path, lookup) in lookups)
        {
            if (lookup?.File is not { } file)
            {
                continue;
            }

            if (!allowOutsideSource && OutsideFolder(sourceDirectory, file))
            {
                problems.Add($"{path}.lookup.file '{file}' is outside the export folder {sourceDirectory}; pass --allow-outside-source to read it anyway");
                continue;
            }

            if (!tables.ContainsKey(file))
            {
                if (!File.Exists(Path.Combine(sourceDirectory, file)))
                {
                    problems.Add($"{path}.lookup.file '{file}' is not in the export folder {sourceDirectory}");
                    continue;
                }

                tables[file] = SourceTable.Read(Path.Combine(sourceDirectory, file));
            }

            foreach (var column in new[] { lookup.By, lookup.Value! }.Where(c => tables[file].IndexOf(c) < 0))
            {
                problems.Add($"{file} line 1: column '{column}' named by {path}.lookup is not in the header (the header has: " +
                             $"{string.Join(", ", tables[file].Headers)})");
            }
        }
    }

    private static IEnumerable<SourceRow> Split(SourceTable table, SourceRow row, EntityMapping m)
    {
        if (m.Split is not { } split)
        {
            return [row];
        }

        // An empty cell is one row with the value empty, never no row: a deal with no behaviour profile is still a deal.
        var index = table.IndexOf(split.Column);
        var values = row.Values[index].Split(split.Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return (values.Length == 0 ? [""] : values).Select(v => row with { Values = row.Values.Select((x, i) => i == index ? v : x).ToArray() });
    }
}
