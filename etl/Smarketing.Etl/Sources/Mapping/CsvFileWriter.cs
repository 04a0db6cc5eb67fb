using System.Text;

namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Writes RFC 4180 CSV (UTF-8 without BOM, CRLF; fields with commas, quotes or line breaks are quoted).</summary>
public static class CsvFileWriter
{
    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/> (one value per header column) to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(string.Join(',', header.Select(Quote)));
        writer.Write("\r\n");
        foreach (var row in rows)
        {
            writer.Write(string.Join(',', row.Select(Quote)));
            writer.Write("\r\n");
        }
    }

    /// <summary>One field, quoted when it must be.</summary>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
