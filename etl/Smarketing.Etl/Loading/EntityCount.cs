namespace Smarketing.Etl.Loading;

/// <summary>Per-entity row counts of one batch (etl.BatchEntityCount).</summary>
public sealed record EntityCount(string EntityName, long RowsRead, long RowsInserted, long RowsUpdated, long RowsDeleted, long RowsRejected);
