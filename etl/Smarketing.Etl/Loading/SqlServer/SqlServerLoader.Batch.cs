using System.Globalization;
using Microsoft.Data.SqlClient;

namespace Smarketing.Etl.Loading.SqlServer;

public sealed partial class SqlServerLoader
{
    /// <inheritdoc />
    public int StartBatch(DateTime asOfUtc, string mode, string sourcePath) => InShortTransaction(tx =>
    {
        using (var abandon = Command(SqlServerBatchSql.Journal.AbandonRunning, tx))
        {
            abandon.ExecuteNonQuery();
        }

        using var insert = Command(SqlServerBatchSql.Journal.InsertBatchRun, tx,
            ("@started", DateTime.UtcNow), ("@asOf", asOfUtc), ("@engine", Engine), ("@mode", mode), ("@source", sourcePath), ("@host", Environment.MachineName));
        return Convert.ToInt32(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
    });

    /// <inheritdoc />
    public void FinishBatch(int batchId, BatchStatus status, int exitCode, string? message, DateTime asOfUtc, IReadOnlyList<EntityCount> counts, IReadOnlyList<RejectedRow> rejects,
        IReadOnlyList<string> notes) =>
        InShortTransaction(tx =>
        {
            using (var update = Command(SqlServerBatchSql.Journal.FinishBatchRun, tx, ("@finished", DateTime.UtcNow), ("@status", status.ToString()),
                       ("@exitCode", exitCode), ("@message", message), ("@asOf", asOfUtc), ("@notes", BatchNotes.Text(notes)), ("@batchId", batchId)))
            {
                update.ExecuteNonQuery();
            }

            foreach (var c in counts)
            {
                using var insert = Command(SqlServerBatchSql.Journal.InsertEntityCount, tx, ("@batchId", batchId), ("@name", c.EntityName), ("@read", c.RowsRead),
                    ("@inserted", c.RowsInserted), ("@updated", c.RowsUpdated), ("@deleted", c.RowsDeleted), ("@rejected", c.RowsRejected));
                insert.ExecuteNonQuery();
            }

            if (rejects.Count > 0)
            {
                WriteRejects(tx, batchId, rejects);
            }

            return 0;
        });

    /// <summary>Runs <paramref name="work"/> in its own short transaction, retried as a whole on a transient error.</summary>
    private T InShortTransaction<T>(Func<SqlTransaction, T> work) => retry.Execute(this, () =>
    {
        using var tx = connection.BeginTransaction();
        var result = work(tx);
        tx.Commit();
        return result;
    });

    /// <summary>Bulk-copies the rejected rows straight into etl.RejectedRow (its IDENTITY key is left to the server).</summary>
    private void WriteRejects(SqlTransaction tx, int batchId, IReadOnlyList<RejectedRow> rejects)
    {
        var table = BatchJournal.RejectedRowTable(Catalog);
        var columns = BatchJournal.RejectedRowColumns.Select(c => table.FindColumn(c)!).ToList();
        using var writer = new SqlServerRowWriter(connection, tx, SqlServerUpsertSql.TableName(table), columns, commandTimeoutSeconds);
        BatchJournal.WriteRejects(writer, table, batchId, rejects, DateTime.UtcNow);
    }
}
