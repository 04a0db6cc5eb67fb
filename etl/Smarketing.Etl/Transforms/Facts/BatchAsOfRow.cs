using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Facts;

/// <summary>The row of etl.BatchAsOf: the running batch and its as-of instant, which prep.CampaignCost reads inside the engine.
/// Property names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("etl.BatchAsOf")]
public sealed record BatchAsOfRow(int BatchId, DateTime AsOfUtc);
