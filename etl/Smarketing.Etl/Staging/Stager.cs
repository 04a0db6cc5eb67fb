using Smarketing.Etl.Loading;
using Smarketing.Etl.Sources;

namespace Smarketing.Etl.Staging;

/// <summary>Loads export files into their stg tables: typed, with batch id and source line, newest version per source key kept.</summary>
public sealed class Stager(IWarehouseLoader loader)
{
    /// <summary>Stages one file; rows that cannot be typed are returned as rejects, never written.</summary>
    public StagingResult Stage(string path, SourceFile source, int batchId, IProgress<long>? rowsRead = null)
    {
        var table = loader.Catalog.Table(source.StagingTable);
        using var reader = CsvSourceReader.Open(path, table);
        var columns = reader.Columns.Select(c => c.Name)
            .Concat([LineageColumns.BatchId, LineageColumns.SourceFile, LineageColumns.SourceLine]).ToList();
        var rejected = new List<RejectedRow>();
        var values = new object?[columns.Count];
        long read = 0;
        using (var writer = loader.OpenWorkTable(table, columns))
        {
            var n = reader.Columns.Count;
            values[n] = batchId;
            values[n + 1] = source.FileName;
            while (reader.Read())
            {
                read++;
                if (reader.Rejected is { } reject)
                {
                    rejected.Add(reject);
                    continue;
                }

                reader.Values.CopyTo(values, 0);
                values[n + 2] = checked((int)reader.LineNumber);
                writer.Write(values);
                if (read % 50_000 == 0)
                {
                    rowsRead?.Report(read);
                }
            }
        }

        rowsRead?.Report(read);
        var counts = loader.Upsert(table, new UpsertOptions(source.VersionColumn, LineageColumns.SourceLine));
        var notes = new List<string>();
        if (reader.MissingColumns.Count > 0)
        {
            notes.Add($"{source.FileName}: columns not in the file, loaded as empty: {string.Join(", ", reader.MissingColumns)}");
        }

        if (reader.IgnoredHeaders.Count > 0)
        {
            notes.Add($"{source.FileName}: columns ignored (no staging column): {string.Join(", ", reader.IgnoredHeaders)}");
        }

        return new StagingResult(source.EntityName, read, counts, rejected, notes);
    }
}
