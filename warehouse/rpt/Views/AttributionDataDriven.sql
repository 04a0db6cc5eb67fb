-- One row per period x channel x data-driven model (Markov | Shapley): conversions credited to the channel, its share with the
-- bootstrap interval (CreditShareLow..CreditShareHigh = P5..P95), and won revenue credited. Filter one Model and one Period before
-- adding up: CreditShare sums to 1 over a period's channels; Period 'All' is every journey, not the sum of the quarters.
-- Columns:
--   Period: All (every journey) or a calendar quarter yyyy-Qn (journeys that ended in it); filter one before adding up.
--   PeriodStartDate: First day of the quarter; empty for All.
--   Channel: The campaign channel credited.
--   Model: Data-driven model, Markov or Shapley; filter one before adding up.
--   ConversionEvent: What counts as converting: Won, or the configured stage category (e.g. SQL).
--   Journeys: Journeys of the period with at least one touch, over every channel; repeated on each channel's row, not additive.
--   ConvertedJourneys: Of those journeys, the ones that converted; repeated on each channel's row, not additive.
--   ChannelJourneys: Journeys of the period that touched this channel.
--   CreditedConversions: Conversions credited to the channel (6 places); sums to ConvertedJourneys over a period's channels.
--   CreditShare: CreditedConversions / ConvertedJourneys, a ratio 0-1; sums to 1 over a period's channels.
--   CreditShareLow: P5 of the share over the bootstrap resamples (nearest rank), a ratio 0-1.
--   CreditShareHigh: P95 of the share over the bootstrap resamples (nearest rank), a ratio 0-1.
--   CreditedRevenue: CreditShare x won revenue of the period's converted journeys, in the reporting currency.
--   Resamples: Number of bootstrap resamples behind the interval; not additive.
CREATE VIEW rpt.AttributionDataDriven
AS
SELECT
    f.Period,
    f.PeriodStartDate,
    f.Channel,
    f.ModelName AS Model,
    f.ConversionEvent,
    f.Journeys,
    f.ConvertedJourneys,
    f.ChannelJourneys,
    f.CreditedConversions,
    f.CreditShare,
    f.CreditShareLow,
    f.CreditShareHigh,
    f.CreditedRevenue,
    f.Resamples
FROM dw.FactAttributionDataDriven AS f;
