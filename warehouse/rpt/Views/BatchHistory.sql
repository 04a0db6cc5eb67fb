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
