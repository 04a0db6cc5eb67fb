using DuckDB.NET.Data;
using Smarketing.Etl.Sources;

namespace Smarketing.Benchmarking;

/// <summary>
/// The floor for any loader on the embedded engine: DuckDB's own <c>read_csv</c> ingest of the same export files into plain tables
/// (types sniffed, no staging, no transform, no keys), in a fresh database file, committed.
/// </summary>
public static class ReadCsvBaseline
{
    /// <summary>Loads every export file found in <paramref name="sourceDirectory"/> into <paramref name="databasePath"/> (replaced);
    /// returns the rows loaded per file.</summary>
    public static IReadOnlyList<(string File, long Rows)> Load(string sourceDirectory, string databasePath)
    {
        DeleteDatabase(databasePath);
        var loaded = new List<(string, long)>();
        using var connection = new DuckDBConnection($"Data Source={databasePath}");
        connection.Open();
        foreach (var source in SourceFiles.All)
        {
            var path = Path.Combine(sourceDirectory, source.FileName);
            if (!File.Exists(path))
            {
                continue;
            }

            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TABLE {source.EntityName} AS SELECT * FROM read_csv('{path.Replace("'", "''", StringComparison.Ordinal)}', header = true)";
            command.ExecuteNonQuery();
            command.CommandText = $"SELECT count(*) FROM {source.EntityName}";
            loaded.Add((source.FileName, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)));
        }

        using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "CHECKPOINT";
            checkpoint.ExecuteNonQuery();
        }

        return loaded;
    }

    /// <summary>Removes a DuckDB database file and its write-ahead log.</summary>
    public static void DeleteDatabase(string databasePath)
    {
        File.Delete(databasePath);
        File.Delete(databasePath + ".wal");
    }
}
