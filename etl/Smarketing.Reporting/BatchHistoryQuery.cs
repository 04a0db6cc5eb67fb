using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms;

namespace Smarketing.Reporting;

/// <summary>The batch history (<c>smarketing batches</c>): the newest batches with status, as-of, duration and row counts
/// summed over the source entities (the per-table counts named <c>schema.Table</c> are left out: they count the same rows
/// again). Portable SQL: the same statement runs on DuckDB and SQL Server, and the caller stops reading after the rows it
/// shows.</summary>
public static class BatchHistoryQuery
{
    internal const string Sql =
        "SELECT b.BatchId, b.Status, b.StartedAtUtc, b.FinishedAtUtc, b.AsOfUtc, b.Mode, b.ExitCode, " +
        "CAST(COALESCE(SUM(c.RowsRead), 0) AS bigint) AS RowsRead, CAST(COALESCE(SUM(c.RowsInserted), " +
        "0) AS bigint) AS RowsInserted, " +
        "CAST(COALESCE(SUM(c.RowsUpdated), 0) AS bigint) AS RowsUpdated, CAST(COALESCE(SUM(c.RowsRejected), " +
        "0) AS bigint) AS RowsRejected, " +
        "b.Message FROM etl.BatchRun AS b LEFT JOIN etl.BatchEntityCount AS c ON c.BatchId = b.BatchId AND c.EntityName " +
        "NOT LIKE '%.%' " +
        "GROUP BY b.BatchId, b.Status, b.StartedAtUtc, b.FinishedAtUtc, b.AsOfUtc, b.Mode, b.ExitCode, " +
        "b.Message ORDER BY b.BatchId DESC";

    /// <summary>The <paramref name="last"/> newest batches, newest first.</summary>
    public static IReadOnlyList<BatchHistoryRow> Read(IWarehouseLoader warehouse, int last)
    {
        var rows = new List<BatchHistoryRow>();
        using var r = warehouse.Read(Sql);
        while (rows.Count < last && r.Read())
        {
            rows.Add(new BatchHistoryRow(r.Int(0)!.Value, r.Str(1) ?? "", r.Instant(2)!.Value, r.Instant(3), r.Instant(4), r.Str(5) ?? "",
                r.Int(6), r.Long(7) ?? 0, r.Long(8) ?? 0, r.Long(9) ?? 0, r.Long(10) ?? 0, r.Str(11)));
        }

        return rows;
    }
}
