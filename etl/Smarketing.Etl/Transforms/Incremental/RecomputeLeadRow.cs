using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>A row of etl.RecomputeLead: a lead an incremental batch rebuilds, with the first reason found. Property names are the
/// table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("etl.RecomputeLead")]
public sealed record RecomputeLeadRow(int LeadKey, string SalesforceLeadId, string Reason, int BatchId);
