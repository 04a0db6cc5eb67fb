using System.Globalization;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Sources;

namespace Smarketing.Etl.Staging;

/// <summary>Loads export files into their stg tables: typed, with batch id and source line, newest version per source key kept.</summary>
public sealed class Stager(IWarehouseLoader loader)
{
    /// <summary>Stages one file under its contract; rows that cannot be typed are returned as rejects, never written. With
    /// <paramref name="collectKeys"/> the distinct keys of the accepted rows are returned too (for the volume guard).</summary>
    public StagingResult Stage(string path, SourceFile source, int batchId, ValueRules? rules = null, IProgress<long>? rowsRead = null,
        bool collectKeys = false)
    {
        var table = loader.Catalog.Table(source.StagingTable);
        using var reader = CsvSourceReader.Open(path, table, source.Contract, rules);
        var derived = StagedAttributes.For(source.Contract.Derived, reader.Columns);
        var columns = reader.Columns.Select(c => c.Name).Concat(source.Contract.Derived)
            .Concat([LineageColumns.BatchId, LineageColumns.SourceFile, LineageColumns.SourceLine]).ToList();
        var keyOrdinals = table.PrimaryKey.Select(k => reader.Columns.ToList().FindIndex(c => c.Name == k)).ToArray();
        var keys = collectKeys ? new HashSet<string>(StringComparer.Ordinal) : null;
        var rejected = new List<RejectedRow>();
        var emptied = new List<RejectedRow>();
        var values = new object?[columns.Count];
        long read = 0, rejectedRows = 0;
        // Into an empty stg table (a first load) the rows go straight to it, written once; otherwise into a work table, merged after.
        var firstLoad = loader.OpenFirstLoad(table, columns);
        using (var writer = firstLoad ?? loader.OpenWorkTable(table, columns))
        {
            var n = reader.Columns.Count + derived.Count;
            values[n] = batchId;
            values[n + 1] = source.FileName;
            while (reader.Read())
            {
                if (reader.Rejected is { } reject)
                {
                    // A block the parser could not split counts as one row per physical line, so the threshold sees its size.
                    var rows = reject.Action == RejectedRow.BlockRejectedAction ? reject.LastLineNumber!.Value - reject.LineNumber + 1 : 1;
                    read += rows;
                    rejectedRows += rows;
                    rejected.Add(reject);
                    continue;
                }

                read++;
                emptied.AddRange(reader.EmptiedFields);
                reader.Values.CopyTo(values, 0);
                for (var d = 0; d < derived.Count; d++)
                {
                    values[reader.Columns.Count + d] = derived[d](reader.Values);
                }

                values[n + 2] = checked((int)reader.LineNumber);
                writer.Write(values);
                keys?.Add(Key(reader.Values, keyOrdinals));
                if (read % 50_000 == 0)
                {
                    rowsRead?.Report(read);
                }
            }
        }

        rowsRead?.Report(read);
        var options = new UpsertOptions(source.VersionColumn, LineageColumns.SourceLine);
        var counts = firstLoad is null ? loader.Upsert(table, options) : loader.CompleteFirstLoad(table, options);
        return new StagingResult(source.EntityName, read, counts, rejected, Notes(source, reader, emptied))
        {
            RowsRejected = rejectedRows, EmptiedFields = emptied, Keys = keys,
        };
    }

    /// <summary>The keys of <paramref name="stagingTable"/> as staged so far (before this file), comparable with <see cref="KeyOf"/>;
    /// the query is built from the catalog's key columns, like the upsert's.</summary>
    public HashSet<string> StagedKeys(string stagingTable)
    {
        var table = loader.Catalog.Table(stagingTable);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        using var reader = loader.Read($"SELECT {string.Join(", ", table.PrimaryKey)} FROM {table.FullName}");
        var parts = new object?[table.PrimaryKey.Count];
        while (reader.Read())
        {
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            keys.Add(KeyOf(parts));
        }

        return keys;
    }

    /// <summary>A record's business key as text (parts joined by a unit separator), comparable with <see cref="KeyOf"/>.</summary>
    public static string KeyOf(IEnumerable<object?> parts) =>
        string.Join('\u001f', parts.Select(p => p switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => DateOnly.FromDateTime(t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => Convert.ToString(p, CultureInfo.InvariantCulture),
        }));

    private static string Key(object?[] values, int[] ordinals) => KeyOf(ordinals.Select(o => values[o]));

    private static List<string> Notes(SourceFile source, CsvSourceReader reader, List<RejectedRow> emptied)
    {
        var notes = new List<string>();
        if (reader.MissingColumns.Count > 0)
        {
            notes.Add($"{source.FileName}: optional columns not in the file, loaded as empty: {string.Join(", ", reader.MissingColumns)}");
        }

        if (reader.IgnoredHeaders.Count > 0)
        {
            notes.Add($"{source.FileName}: columns ignored (no staging column): {string.Join(", ", reader.IgnoredHeaders)}");
        }

        if (emptied.Count > 0)
        {
            var fields = emptied.GroupBy(e => e.FieldName).Select(g => $"{g.Key} ×{g.Count()}");
            notes.Add($"{source.FileName}: {emptied.Count} bad value(s) in non-essential fields loaded as empty, rows kept " +
                      $"({string.Join(", ", fields)}; first: line {emptied[0].LineNumber}); listed in etl.RejectedRow");
        }

        return notes;
    }
}
