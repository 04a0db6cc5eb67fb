using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>A row of etl.MarketoLeadMerge: a Marketo lead id retired by a Merge Leads activity and the id that survived it.
/// Property names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("etl.MarketoLeadMerge")]
public sealed record MarketoLeadMergeRow(int LosingMarketoLeadId, int WinningMarketoLeadId, DateTime MergedAtUtc, string MarketoGuid, int BatchId);
