using System.Text.RegularExpressions;

namespace Smarketing.PowerBi;

/// <summary>Column descriptions written once, in the header of an rpt view file, and copied into the TMDL model as the visible
/// columns' descriptions (so Power BI's tooltips and the SQL say the same). The block is a comment line <c>-- Columns:</c>
/// followed by <c>--   ColumnName: description</c> lines; a deeper-indented comment line continues the description above.
/// Kept in the header, not between the SELECT list's lines, so changing a view's logic and documenting it touch different lines.</summary>
public static partial class ViewColumnComments
{
    [GeneratedRegex(@"^--\s{2,3}(?<name>[A-Za-z][A-Za-z0-9]*):\s+(?<text>.+)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^--\s{4,}(?<text>\S.*)$")]
    private static partial Regex Continuation();

    /// <summary>Column → description of one view file's Columns block; empty when the file has none.</summary>
    public static Dictionary<string, string> Parse(string sql)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? last = null;
        var inBlock = false;
        foreach (var line in sql.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (!line.StartsWith("--", StringComparison.Ordinal))
            {
                if (inBlock)
                {
                    break;
                }

                continue;
            }

            if (line.Trim() == "-- Columns:")
            {
                inBlock = true;
                continue;
            }

            if (!inBlock)
            {
                continue;
            }

            if (Entry().Match(line) is { Success: true } entry)
            {
                last = entry.Groups["name"].Value;
                result[last] = entry.Groups["text"].Value.Trim();
            }
            else if (last is not null && Continuation().Match(line) is { Success: true } more)
            {
                result[last] += " " + more.Groups["text"].Value.Trim();
            }
            else
            {
                break;
            }
        }

        return result;
    }

    /// <summary>View name (rpt.X → X) → its documented columns, read from <paramref name="viewsFolder"/> (warehouse/rpt/Views).</summary>
    public static Dictionary<string, Dictionary<string, string>> Read(string viewsFolder) =>
        Directory.Exists(viewsFolder)
            ? Directory.EnumerateFiles(viewsFolder, "*.sql").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Parse(File.ReadAllText(f)))
            : [];
}
