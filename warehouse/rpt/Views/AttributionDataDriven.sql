-- One row per period x channel x data-driven model (Markov | Shapley): conversions credited to the channel, its share with the
-- bootstrap interval (CreditShareLow..CreditShareHigh = P5..P95), and won revenue credited. Filter one Model and one Period before
-- adding up: CreditShare sums to 1 over a period's channels; Period 'All' is every journey, not the sum of the quarters.
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
