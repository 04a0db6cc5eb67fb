using Sylvan.Data.Csv;

namespace Smarketing.Etl.Tests.Support;

/// <summary>Reads a generated export with a real CSV parser, so tests compute expected counts independently of the ETL.</summary>
internal static class SourceCsv
{
    public static List<Dictionary<string, string>> Rows(string path)
    {
        using var csv = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true, MaxBufferSize = 1 << 24 });
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < csv.FieldCount; i++)
            {
                row[csv.GetName(i)] = csv.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static int DistinctCount(string path, string column) => Rows(path).Select(r => r[column]).Distinct(StringComparer.Ordinal).Count();
}
