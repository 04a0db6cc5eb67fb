using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>A row of etl.RecomputeOpportunity: an opportunity whose attribution an incremental batch rebuilds, with the first reason
/// found. Property names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("etl.RecomputeOpportunity")]
public sealed record RecomputeOpportunityRow(string SalesforceOpportunityId, string Reason, int BatchId);
