using System.Text;
using Sylvan.Data.Csv;

namespace Smarketing.Etl.Tests.Cli.InputContract;

/// <summary>Ways to damage a copy of a generated export, each the way a real extract goes wrong. Line numbers are physical lines
/// (the header is line 1; a line keeps its CR, the file its LF breaks, as a quoted field may hold a bare LF); edited rows are
/// one-line rows without quotes, so a plain split by commas finds their fields.</summary>
internal static class ExportCorruption
{
    /// <summary>The physical lines, each with its CR if it has one; the last element is what follows the last LF ("" normally).</summary>
    public static string[] Lines(string folder, string file) => File.ReadAllText(Path.Combine(folder, file)).Split('\n');

    /// <summary>Writes lines as <see cref="Lines"/> returns them.</summary>
    public static void WriteLines(string folder, string file, IEnumerable<string> lines) =>
        File.WriteAllText(Path.Combine(folder, file), string.Join('\n', lines), new UTF8Encoding(false));

    /// <summary>Sets one field of physical line <paramref name="line"/> (which must hold no quotes).</summary>
    public static void SetField(string folder, string file, int line, string column, string value)
    {
        var lines = Lines(folder, file);
        var index = Array.IndexOf(lines[0].TrimEnd('\r').Split(','), column);
        var text = lines[line - 1].TrimEnd('\r');
        Assert.That(text, Does.Not.Contain("\""), $"{file} line {line} must be a plain row for this edit");
        var fields = text.Split(',');
        fields[index] = value;
        lines[line - 1] = string.Join(',', fields) + (lines[line - 1].EndsWith('\r') ? "\r" : "");
        WriteLines(folder, file, lines);
    }

    /// <summary>Renames a header column (the data stays).</summary>
    public static void RenameHeader(string folder, string file, string column, string newName)
    {
        var lines = Lines(folder, file);
        lines[0] = lines[0].Replace("," + column + ",", "," + newName + ",", StringComparison.Ordinal);
        WriteLines(folder, file, lines);
    }

    /// <summary>Rewrites the file without <paramref name="column"/>, header and data (CSV-aware, so quoted commas survive).</summary>
    public static void DropColumn(string folder, string file, string column)
    {
        var path = Path.Combine(folder, file);
        var rows = new List<string>();
        using (var csv = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true }))
        {
            var keep = Enumerable.Range(0, csv.FieldCount).Where(i => csv.GetName(i) != column).ToList();
            rows.Add(string.Join(',', keep.Select(csv.GetName)));
            while (csv.Read())
            {
                rows.Add(string.Join(',', keep.Select(i => Quote(csv.GetString(i)))));
            }
        }

        WriteLines(folder, file, [.. rows.Select(r => r + "\r"), ""]);
    }

    /// <summary>Replaces the bytes of <paramref name="text"/> in the file by <paramref name="bytes"/> (e.g. bytes that are not UTF-8).</summary>
    public static void ReplaceBytes(string folder, string file, string text, byte[] bytes)
    {
        var path = Path.Combine(folder, file);
        var content = File.ReadAllBytes(path);
        var find = Encoding.UTF8.GetBytes(text);
        var at = content.AsSpan().IndexOf(find);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"'{text}' is not in {file}");
        File.WriteAllBytes(path, [.. content[..at], .. bytes, .. content[(at + find.Length)..]]);
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
