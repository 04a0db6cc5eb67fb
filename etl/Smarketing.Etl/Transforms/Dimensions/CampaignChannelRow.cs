using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>A row of etl.CampaignChannel: a configured campaign type and its marketing channel. Property names are the table's
/// columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("etl.CampaignChannel")]
public sealed record CampaignChannelRow(string CampaignType, string Channel, int BatchId);
