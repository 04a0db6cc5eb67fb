using Dapper;

namespace Smarketing.Etl.Loading.DuckDb;

public sealed partial class DuckDbLoader
{
    /// <summary>The batch journal's statements in DuckDB's SQL.</summary>
    private static readonly BatchJournalSql Journal = BatchJournalSql.For(DuckDbDialect.Instance);

    /// <inheritdoc />
    public int StartBatch(DateTime asOfUtc, string mode, string sourcePath)
    {
        connection.Execute(Journal.AbandonRunning);
        return connection.ExecuteScalar<int>(Journal.InsertBatchRun,
            new { started = DateTime.UtcNow, asOf = asOfUtc, engine = Engine, mode, source = sourcePath, host = Environment.MachineName });
    }

    /// <inheritdoc />
    public void FinishBatch(int batchId, BatchStatus status, int exitCode, string? message, DateTime asOfUtc, IReadOnlyList<EntityCount> counts, IReadOnlyList<RejectedRow> rejects,
        IReadOnlyList<string> notes)
    {
        using var tx = connection.BeginTransaction();
        connection.Execute(Journal.FinishBatchRun,
            new { finished = DateTime.UtcNow, status = status.ToString(), exitCode, message, asOf = asOfUtc, notes = BatchNotes.Text(notes), batchId });
        foreach (var c in counts)
        {
            connection.Execute(Journal.InsertEntityCount, new
            {
                batchId, name = c.EntityName, read = c.RowsRead, inserted = c.RowsInserted, updated = c.RowsUpdated, deleted = c.RowsDeleted,
                rejected = c.RowsRejected,
            });
        }

        if (rejects.Count > 0)
        {
            // The appender cannot fill the IDENTITY default: append into a work table, then insert from it.
            var table = BatchJournal.RejectedRowTable(Catalog);
            var columns = BatchJournal.RejectedRowColumns;
            using (var writer = OpenWorkTable(table, columns))
            {
                BatchJournal.WriteRejects(writer, table, batchId, rejects, DateTime.UtcNow);
            }

            var list = string.Join(", ", columns);
            Execute($"INSERT INTO {table.FullName} ({list}) SELECT {list} FROM {WorkTableName(table)}");
            Execute(DuckDbDialect.Instance.DropWorkTable(table));
        }

        tx.Commit();
    }
}
