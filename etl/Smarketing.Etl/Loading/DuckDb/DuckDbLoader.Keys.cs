using System.Globalization;
using DuckDB.NET.Data;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.DuckDb;

public sealed partial class DuckDbLoader
{
    /// <summary>Per table upserted in the open batch: the batch ids its work rows carried, how many rows it inserted or updated, and —
    /// when the batch's only write to it was a bulk insert of de-duplicated rows into the empty table — how many rows that put there.</summary>
    private readonly Dictionary<TableDefinition, (HashSet<int> BatchIds, long Written, long? UniqueInsert)> upserted = [];

    /// <summary>Notes what an upsert wrote, for <see cref="VerifyBusinessKeys"/>; reads the batch ids of the work table before it is dropped.
    /// <paramref name="intoEmptyTable"/>: the rows were de-duplicated by business key and inserted into an empty table.</summary>
    private void RecordUpsert(TableDefinition target, string work, IReadOnlyList<string> written, long changedRows, bool intoEmptyTable = false)
    {
        var first = !upserted.TryGetValue(target, out var seen);
        var (batchIds, total, _) = first ? ([], 0, null) : seen;
        if (written.Contains(LineageColumns.BatchId, StringComparer.OrdinalIgnoreCase))
        {
            using var reader = Read($"SELECT DISTINCT {LineageColumns.BatchId} FROM {work} WHERE {LineageColumns.BatchId} IS NOT NULL");
            while (reader.Read())
            {
                batchIds.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }

        upserted[target] = (batchIds, total + changedRows, first && intoEmptyTable ? changedRows : null);
    }

    /// <summary>The embedded engine does not index the bulk-loaded stg and dw tables (see <see cref="DuckDbSchemaScript"/>), so their
    /// business keys are verified here instead: before a batch commits, every table it upserted must hold each business key once.
    /// A duplicate can only involve a row the batch wrote, and every row the ETL writes carries the batch id, so when the batch wrote
    /// a small part of a table (an incremental batch) only the keys of that batch's rows are checked; otherwise the whole table is
    /// grouped. A table that was empty and got one bulk insert of de-duplicated rows, and holds exactly those rows at commit, is unique
    /// by construction and not grouped again (a first load). A duplicate fails the batch (the caller rolls back), naming the table, the key and an example value.</summary>
    private void VerifyBusinessKeys()
    {
        // A table the batch upserted without inserting or updating a row (an unchanged dimension, a delta that did not touch it)
        // holds the keys it held after the last verified batch: deletes cannot duplicate a key.
        foreach (var (table, (batchIds, written, uniqueInsert)) in upserted.Where(u => !DuckDbSchemaScript.EnforcesKeys(u.Key)
                     && u.Key.BusinessKey.Count > 0 && u.Value.Written > 0))
        {
            var rows = Scalar($"SELECT count(*) FROM {table.FullName}");
            if (uniqueInsert == rows)
            {
                continue;
            }

            var key = string.Join(", ", table.BusinessKey);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {key}, count(*) FROM {table.FullName} GROUP BY {key} HAVING count(*) > 1 LIMIT 1";
            if (batchIds.Count == 1 && table.FindColumn(LineageColumns.BatchId) is not null && written * 2 < rows)
            {
                command.CommandText = BatchKeysCheck(table);
                command.Parameters.Add(new DuckDBParameter("batch", batchIds.Single()));
            }

            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                var example = string.Join(", ", Enumerable.Range(0, table.BusinessKey.Count).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
                throw new InvalidOperationException(
                    $"{table.FullName}: business key ({key}) would not be unique after this batch: ({example}) occurs {reader.GetValue(table.BusinessKey.Count)} times. Nothing was committed.");
            }
        }

        upserted.Clear();
    }

    /// <summary>Groups the rows whose business key is among the keys of the batch's own rows (those whose lineage batch id is
    /// <c>$batch</c>). An uncorrelated semi join: the batch's keys are the hash table and the table's key columns are scanned
    /// once to probe it. The same condition written as a correlated <c>EXISTS</c> made DuckDB first group every key of the table
    /// (a delim join), which cost about four times as much on the 3.5-million-row activity tables (bench/FINDINGS.md).</summary>
    internal static string BatchKeysCheck(TableDefinition table)
    {
        var keyOfT = string.Join(", ", table.BusinessKey.Select(k => "t." + k));
        var key = string.Join(", ", table.BusinessKey);
        return $"SELECT {keyOfT}, count(*) FROM {table.FullName} AS t " +
               $"SEMI JOIN (SELECT {key} FROM {table.FullName} WHERE {LineageColumns.BatchId} = $batch) AS n " +
               $"ON {UpsertSql.KeyMatch(table, "t", "n")} GROUP BY {keyOfT} HAVING count(*) > 1 LIMIT 1";
    }
}
