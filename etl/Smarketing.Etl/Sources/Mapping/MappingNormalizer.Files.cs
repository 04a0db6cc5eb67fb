namespace Smarketing.Etl.Sources.Mapping;

public static partial class MappingNormalizer
{
    private static Dictionary<string, SourceTable> OpenTables(SourceMapping mapping, string sourceDirectory, bool allowOutsideSource)
    {
        var tables = new Dictionary<string, SourceTable>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var (entity, m) in mapping.Entities())
        {
            if (m is null)
            {
                continue;
            }

            var path = Path.Combine(sourceDirectory, m.File);
            if (!allowOutsideSource && OutsideFolder(sourceDirectory, m.File))
            {
                problems.Add($"{entity.Key}.file '{m.File}' is outside the export folder {sourceDirectory}: a mapping reads files of the " +
                             "export folder only (no absolute path, no '..'); pass --allow-outside-source to read it anyway");
                continue;
            }

            if (!tables.ContainsKey(m.File))
            {
                if (!File.Exists(path))
                {
                    if (!m.Optional)
                    {
                        problems.Add($"{entity.Key}.file '{m.File}' is not in the export folder {sourceDirectory} (mark the entity \"optional\": true if it may be absent)");
                    }

                    continue;
                }

                tables[m.File] = SourceTable.Read(path);
            }

            var table = tables[m.File];
            if (m.StageDates is { } stages && stages.Columns.Keys.All(c => table.IndexOf(c) < 0))
            {
                problems.Add($"{m.File} line 1: none of the columns named by {entity.Key}.stageDates.columns is in the header (the header has: {string.Join(", ", table.Headers)})");
            }

            foreach (var (where, column) in SourceColumns(entity, m))
            {
                if (table.IndexOf(column) < 0)
                {
                    problems.Add($"{m.File} line 1: column '{column}' named by {where} is not in the header (the header has: {string.Join(", ", table.Headers)})");
                }
            }
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

    private static IEnumerable<(string Path, string Column)> SourceColumns(CanonicalEntity entity, EntityMapping m)
    {
        foreach (var (name, c) in m.Columns)
        {
            foreach (var column in c.SourceColumns)
            {
                yield return ($"{entity.Key}.columns.{name}", column);
            }
        }

        foreach (var column in (m.ConvertedLead?.Id.SourceColumns ?? []).Concat(m.ConvertedLead?.Columns.Values.SelectMany(c => c.SourceColumns) ?? []))
        {
            yield return ($"{entity.Key}.convertedLead", column);
        }

        if (m.Split is { } split)
        {
            yield return ($"{entity.Key}.split.column", split.Column);
        }
    }

    private static IEnumerable<SourceRow> Split(SourceTable table, SourceRow row, EntityMapping m)
    {
        if (m.Split is not { } split)
        {
            return [row];
        }

        var index = table.IndexOf(split.Column);
        return row.Values[index].Split(split.Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => row with { Values = row.Values.Select((x, i) => i == index ? v : x).ToArray() });
    }
}
