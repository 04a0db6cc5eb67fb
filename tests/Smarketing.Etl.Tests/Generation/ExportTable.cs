using Sylvan.Data.Csv;

namespace Smarketing.Etl.Tests.Generation;

/// <summary>One export file read back with a real CSV parser (quoted commas, quotes and newlines included); empty field = null.</summary>
internal sealed class ExportTable
{
    private readonly Dictionary<string, int> _index;

    private ExportTable(string[] columns, List<string?[]> rows)
    {
        Columns = columns;
        Rows = rows;
        _index = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
    }

    public string[] Columns { get; }

    public List<string?[]> Rows { get; }

    public static ExportTable Read(string path)
    {
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                var value = reader.GetString(i);
                row[i] = value.Length == 0 ? null : value;
            }

            rows.Add(row);
        }

        return new ExportTable(columns, rows);
    }

    public int Column(string name) =>
        _index.TryGetValue(name, out var i) ? i : throw new ArgumentException($"No column '{name}' in [{string.Join(", ", Columns)}]", nameof(name));

    public IEnumerable<string?> Values(string column)
    {
        var i = Column(column);
        return Rows.Select(r => r[i]);
    }

    public HashSet<string> Ids(string column = "Id") => Values(column).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public IEnumerable<string?[]> Where(string column, string value)
    {
        var i = Column(column);
        return Rows.Where(r => r[i] == value);
    }
}
