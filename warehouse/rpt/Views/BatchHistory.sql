-- One row per ETL batch run with its outcome and its row counts summed over all entities.
-- Columns:
--   BatchId: Id of the ETL batch run.
--   StartedAtUtc: When the batch started (UTC).
--   FinishedAtUtc: When the batch ended (UTC); empty while running or after a crash.
--   Status: Running, Succeeded, Failed or Rejected.
--   AsOfUtc: The instant open SLA clocks and snapshots were evaluated at (UTC).
--   Engine: Database engine the batch ran on: SqlServer or DuckDb.
--   Mode: Full or Incremental load.
--   SourcePath: Folder of the CSV exports the batch read.
--   ExitCode: Exit code the batch ended with (0 = success).
--   Message: Outcome message of the batch.
--   Host: Machine the batch ran on.
--   EntityCount: Number of entities (source files) the batch counted rows for.
--   RowsRead: Rows read, summed over all entities.
--   RowsInserted: Rows inserted, summed over all entities.
--   RowsUpdated: Rows updated, summed over all entities.
--   RowsDeleted: Rows deleted, summed over all entities.
--   RowsRejected: Rows rejected, summed over all entities.
CREATE VIEW rpt.BatchHistory
AS
SELECT
    b.BatchId,
    b.StartedAtUtc,
    b.FinishedAtUtc,
    b.Status,
    b.AsOfUtc,
    b.Engine,
    b.Mode,
    b.SourcePath,
    b.ExitCode,
    b.Message,
    b.Host,
    CAST(COALESCE(c.EntityCount, 0) AS bigint) AS EntityCount,
    CAST(COALESCE(c.RowsRead, 0) AS bigint) AS RowsRead,
    CAST(COALESCE(c.RowsInserted, 0) AS bigint) AS RowsInserted,
    CAST(COALESCE(c.RowsUpdated, 0) AS bigint) AS RowsUpdated,
    CAST(COALESCE(c.RowsDeleted, 0) AS bigint) AS RowsDeleted,
    CAST(COALESCE(c.RowsRejected, 0) AS bigint) AS RowsRejected
FROM etl.BatchRun AS b
LEFT JOIN
(
    SELECT
        e.BatchId,
        COUNT(*) AS EntityCount,
        SUM(CAST(e.RowsRead AS bigint)) AS RowsRead,
        SUM(CAST(e.RowsInserted AS bigint)) AS RowsInserted,
        SUM(CAST(e.RowsUpdated AS bigint)) AS RowsUpdated,
        SUM(CAST(e.RowsDeleted AS bigint)) AS RowsDeleted,
        SUM(CAST(e.RowsRejected AS bigint)) AS RowsRejected
    FROM etl.BatchEntityCount AS e
    GROUP BY e.BatchId
) AS c
    ON c.BatchId = b.BatchId;
