using System.Text;
using Sylvan.Data.Csv;

namespace Smarketing.Etl.Sources.Mapping;

/// <summary>One foreign export file read whole: its header and its records with the physical line each starts on.</summary>
public sealed class SourceTable
{
    private readonly Dictionary<string, int> index = new(StringComparer.OrdinalIgnoreCase);

    private SourceTable(string fileName, IReadOnlyList<string> headers, IReadOnlyList<SourceRow> rows)
    {
        FileName = fileName;
        Headers = headers;
        Rows = rows;
        for (var i = headers.Count - 1; i >= 0; i--)
        {
            index[headers[i]] = i;
        }
    }

    /// <summary>File name, e.g. contacts.csv.</summary>
    public string FileName { get; }

    /// <summary>Header names, trimmed.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Records in file order (blank lines skipped).</summary>
    public IReadOnlyList<SourceRow> Rows { get; }

    /// <summary>Index of <paramref name="column"/> in the header (case-insensitive), or -1.</summary>
    public int IndexOf(string column) => index.GetValueOrDefault(column.Trim(), -1);

    /// <summary>Reads <paramref name="path"/> (UTF-8, BOM optional, RFC 4180 quoting).</summary>
    public static SourceTable Read(string path)
    {
        using var text = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', Quote = '"', MaxBufferSize = 1 << 24 };
        using var csv = CsvDataReader.Create(text, options);
        var headers = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        var rows = new List<SourceRow>();
        long line = 2;
        while (csv.Read())
        {
            var raw = csv.GetRawRecordSpan().TrimEnd("\r\n");
            var start = line;
            line += raw.Count('\n') + 1;
            if (csv.RowFieldCount <= 1 && raw.Trim().IsEmpty)
            {
                continue;
            }

            var values = Enumerable.Range(0, headers.Count).Select(i => i < csv.RowFieldCount ? csv.GetString(i) : "").ToArray();
            rows.Add(new SourceRow(start, values, csv.RowFieldCount == headers.Count));
        }

        return new SourceTable(Path.GetFileName(path), headers, rows);
    }
}
