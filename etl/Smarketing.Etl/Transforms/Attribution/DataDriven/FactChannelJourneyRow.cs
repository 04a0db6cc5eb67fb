using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>A row of dw.FactChannelJourney: one person's channel journey up to its conversion or its last touch. Property names
/// are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("dw.FactChannelJourney")]
public sealed record FactChannelJourneyRow(
    int LeadKey,
    string ChannelPath,
    int TouchCount,
    int DistinctChannels,
    string FirstChannel,
    string LastChannel,
    bool IsConverted,
    string ConversionEvent,
    DateTime EndedAtUtc,
    int EndDateKey,
    decimal Revenue,
    int BatchId);
