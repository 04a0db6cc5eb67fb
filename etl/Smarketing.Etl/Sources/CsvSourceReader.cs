using System.Text;
using Smarketing.Etl.Loading;
using Smarketing.Schema.Catalog;
using Sylvan.Data.Csv;

namespace Smarketing.Etl.Sources;

/// <summary>Streams one export file into values typed for its staging table. Header names match staging columns
/// case-insensitively; a record that cannot be typed becomes a <see cref="RejectedRow"/> naming file, line, field and value.</summary>
public sealed class CsvSourceReader : IDisposable
{
    private readonly CsvDataReader csv;
    private readonly string fileName;
    private readonly int[] ordinals;
    private long nextLine;

    private CsvSourceReader(CsvDataReader csv, string fileName, TableDefinition table)
    {
        this.csv = csv;
        this.fileName = fileName;
        var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToList();
        Columns = table.Columns.Where(c => !LineageColumns.IsLineage(c.Name)).ToList();
        ordinals = Columns.Select(c => headers.FindIndex(h => h.Trim().Equals(c.Name, StringComparison.OrdinalIgnoreCase))).ToArray();
        var missingKey = table.PrimaryKey.Where(k => ordinals[Columns.ToList().FindIndex(c => c.Name == k)] < 0).ToList();
        if (missingKey.Count > 0)
        {
            throw new SourceFileException(
                $"{fileName} line 1: required column {string.Join(", ", missingKey)} is missing; the header has: {string.Join(", ", headers)}");
        }

        MissingColumns = Columns.Where((_, i) => ordinals[i] < 0).Select(c => c.Name).ToList();
        IgnoredHeaders = headers.Where(h => table.FindColumn(h.Trim()) is null).ToList();
        Values = new object?[Columns.Count];
        nextLine = 2;
    }

    /// <summary>Staging columns filled from the file (lineage columns excluded), in table order.</summary>
    public IReadOnlyList<ColumnDefinition> Columns { get; }

    /// <summary>Staging columns the file does not carry (loaded as NULL).</summary>
    public IReadOnlyList<string> MissingColumns { get; }

    /// <summary>Header names with no staging column (e.g. unmapped custom fields); ignored.</summary>
    public IReadOnlyList<string> IgnoredHeaders { get; }

    /// <summary>The current record's values, one per <see cref="Columns"/> entry (reused between records).</summary>
    public object?[] Values { get; }

    /// <summary>Physical line where the current record starts (the header is line 1).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Set when the current record could not be typed; <see cref="Values"/> is then meaningless.</summary>
    public RejectedRow? Rejected { get; private set; }

    /// <summary>Opens <paramref name="path"/> (UTF-8, BOM optional) for the staging table <paramref name="table"/>.</summary>
    public static CsvSourceReader Open(string path, TableDefinition table)
    {
        var text = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        try
        {
            var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', Quote = '"', BufferSize = 1 << 16, MaxBufferSize = 1 << 24, OwnsReader = true };
            return new CsvSourceReader(CsvDataReader.Create(text, options), Path.GetFileName(path), table);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    /// <summary>Advances to the next record; false at the end of the file. Blank lines are skipped.</summary>
    public bool Read()
    {
        while (csv.Read())
        {
            // The raw record includes its line terminator; count only the newlines inside it (quoted multi-line fields).
            var raw = csv.GetRawRecordSpan().TrimEnd("\r\n");
            LineNumber = nextLine;
            nextLine += raw.Count('\n') + 1;
            if (csv.RowFieldCount <= 1 && raw.Trim().IsEmpty)
            {
                continue;
            }

            Rejected = null;
            if (csv.RowFieldCount != csv.FieldCount)
            {
                Rejected = new RejectedRow(fileName, LineNumber, null, null,
                    $"has {csv.RowFieldCount} fields; the header has {csv.FieldCount} (unbalanced quotes or a stray delimiter?)", raw.ToString());
                return true;
            }

            for (var i = 0; i < Columns.Count; i++)
            {
                var column = Columns[i];
                var text = ordinals[i] < 0 ? ReadOnlySpan<char>.Empty : csv.GetFieldSpan(ordinals[i]);
                if (!FieldParser.TryParse(text, column.Type, out var value, out var reason))
                {
                    Rejected = new RejectedRow(fileName, LineNumber, column.Name, text.ToString(), reason!, raw.ToString());
                    break;
                }

                if (value is null && !column.IsNullable)
                {
                    Rejected = new RejectedRow(fileName, LineNumber, column.Name, text.ToString(), "is empty; the field is required", raw.ToString());
                    break;
                }

                Values[i] = value;
            }

            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public void Dispose() => csv.Dispose();
}
