using Dapper;

namespace Smarketing.Etl.Loading.DuckDb;

public sealed partial class DuckDbLoader
{
    /// <inheritdoc />
    public int StartBatch(DateTime asOfUtc, string mode, string sourcePath)
    {
        connection.Execute("UPDATE etl.BatchRun SET Status = 'Abandoned' WHERE Status = 'Running'");
        return connection.ExecuteScalar<int>(
            "INSERT INTO etl.BatchRun (StartedAtUtc, Status, AsOfUtc, Engine, Mode, SourcePath, Host) " +
            "VALUES ($started, 'Running', $asOf, 'duckdb', $mode, $source, $host) RETURNING BatchId",
            new { started = DateTime.UtcNow, asOf = asOfUtc, mode, source = sourcePath, host = Environment.MachineName });
    }

    /// <inheritdoc />
    public void FinishBatch(int batchId, BatchStatus status, int exitCode, string? message, DateTime asOfUtc, IReadOnlyList<EntityCount> counts, IReadOnlyList<RejectedRow> rejects,
        IReadOnlyList<string> notes)
    {
        using var tx = connection.BeginTransaction();
        connection.Execute(
            "UPDATE etl.BatchRun SET FinishedAtUtc = $finished, Status = $status, ExitCode = $exitCode, Message = $message, AsOfUtc = $asOf, Notes = $notes WHERE BatchId = $batchId",
            new { finished = DateTime.UtcNow, status = status.ToString(), exitCode, message, asOf = asOfUtc, notes = BatchNotes.Text(notes), batchId });
        foreach (var c in counts)
        {
            connection.Execute(
                "INSERT INTO etl.BatchEntityCount (BatchId, EntityName, RowsRead, RowsInserted, RowsUpdated, RowsDeleted, RowsRejected) " +
                "VALUES ($batchId, $name, $read, $inserted, $updated, $deleted, $rejected)",
                new { batchId, name = c.EntityName, read = c.RowsRead, inserted = c.RowsInserted, updated = c.RowsUpdated, deleted = c.RowsDeleted, rejected = c.RowsRejected });
        }

        if (rejects.Count > 0)
        {
            // The appender cannot fill the IDENTITY default: append into a work table, then insert from it.
            var table = Catalog.Table("etl.RejectedRow");
            var columns = UpsertSql.WritableColumns(table);
            var now = DateTime.UtcNow;
            using (var writer = OpenWorkTable(table, columns))
            {
                var values = new object?[columns.Count];
                foreach (var r in rejects)
                {
                    for (var i = 0; i < columns.Count; i++)
                    {
                        values[i] = RejectValue(columns[i], r, batchId, now);
                    }

                    writer.Write(values);
                }
            }

            var list = string.Join(", ", columns);
            Execute($"INSERT INTO {table.FullName} ({list}) SELECT {list} FROM {WorkTableName(table)}");
            Execute($"DROP TABLE {WorkTableName(table)}");
        }

        tx.Commit();
    }

    private static object? RejectValue(string column, RejectedRow r, int batchId, DateTime now) => column switch
    {
        "BatchId" => batchId,
        "SourceFile" => r.SourceFile,
        "LineNumber" => checked((int)r.LineNumber),
        "FieldName" => r.FieldName,
        "FieldValue" => r.FieldValue is { Length: > 4000 } v ? v[..4000] : r.FieldValue,
        "Reason" => r.Reason,
        "RawText" => r.RawText,
        "RawTextLength" => r.RawTextLength,
        "LastLineNumber" => r.LastLineNumber is { } last ? checked((int)last) : null,
        "Action" => r.Action,
        "RejectedAtUtc" => now,
        _ => null,
    };
}
