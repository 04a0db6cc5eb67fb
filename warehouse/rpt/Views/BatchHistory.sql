-- One row per ETL batch run with its outcome and its row counts summed over all entities.
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
    COALESCE(c.EntityCount, 0) AS EntityCount,
    COALESCE(c.RowsRead, 0) AS RowsRead,
    COALESCE(c.RowsInserted, 0) AS RowsInserted,
    COALESCE(c.RowsUpdated, 0) AS RowsUpdated,
    COALESCE(c.RowsDeleted, 0) AS RowsDeleted,
    COALESCE(c.RowsRejected, 0) AS RowsRejected
FROM etl.BatchRun AS b
LEFT JOIN
(
    SELECT
        e.BatchId,
        CAST(COUNT(*) AS bigint) AS EntityCount,
        CAST(SUM(e.RowsRead) AS bigint) AS RowsRead,
        CAST(SUM(e.RowsInserted) AS bigint) AS RowsInserted,
        CAST(SUM(e.RowsUpdated) AS bigint) AS RowsUpdated,
        CAST(SUM(e.RowsDeleted) AS bigint) AS RowsDeleted,
        CAST(SUM(e.RowsRejected) AS bigint) AS RowsRejected
    FROM etl.BatchEntityCount AS e
    GROUP BY e.BatchId
) AS c
    ON c.BatchId = b.BatchId;
