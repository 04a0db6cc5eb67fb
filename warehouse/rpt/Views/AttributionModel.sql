-- One row per attribution model from the funnel configuration, with its position weights, half-life and lookback (unknown member excluded).
CREATE VIEW rpt.AttributionModel
AS
SELECT
    m.AttributionModelKey,
    m.ModelName,
    m.ModelType,
    m.Description,
    m.FirstTouchWeight,
    m.LeadCreationWeight,
    m.OpportunityCreationWeight,
    m.ClosedWonWeight,
    m.MiddleWeight,
    m.HalfLifeDays,
    m.LookbackDays,
    m.IsDefault
FROM dw.DimAttributionModel AS m
WHERE m.AttributionModelKey <> 0;
