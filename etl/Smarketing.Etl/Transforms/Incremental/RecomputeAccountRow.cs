using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>A row of etl.RecomputeAccount: an account whose account facts an incremental batch rebuilds, with the first reason
/// found. Property names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("etl.RecomputeAccount")]
public sealed record RecomputeAccountRow(int AccountKey, string Reason, int BatchId);
