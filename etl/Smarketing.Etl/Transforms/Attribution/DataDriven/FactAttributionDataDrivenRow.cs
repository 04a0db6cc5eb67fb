using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>A row of dw.FactAttributionDataDriven: one channel's Markov or Shapley credit for a period (a calendar quarter, or All),
/// with its bootstrap interval. Property names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("dw.FactAttributionDataDriven")]
public sealed record FactAttributionDataDrivenRow(
    string Period,
    DateOnly? PeriodStartDate,
    string Channel,
    string ModelName,
    string ConversionEvent,
    int Journeys,
    int ConvertedJourneys,
    int ChannelJourneys,
    decimal CreditedConversions,
    decimal CreditShare,
    decimal CreditShareLow,
    decimal CreditShareHigh,
    decimal CreditedRevenue,
    int Resamples,
    int BatchId);
