using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Pipeline;

/// <summary>A row of etl.Watermark: the newest change staged so far for one source entity, where the next delta should start.
/// Property names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("etl.Watermark")]
public sealed record WatermarkRow(string EntityName, DateTime WatermarkUtc, int BatchId, DateTime UpdatedAtUtc);
