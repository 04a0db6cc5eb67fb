-- One row per attribution model from the funnel configuration, with its position weights, half-life and lookback (unknown member excluded).
-- Columns:
--   ModelName: Name of the attribution model in the funnel configuration.
--   ModelType: FirstTouch, LeadCreation, LastTouch, Linear, PositionBased or TimeDecay.
--   Description: What the model credits, from the funnel configuration.
--   FirstTouchWeight: Share of the credit given to the first touch (ratio 0-1); empty when the model has no position weights.
--   LeadCreationWeight: Share of the credit given to the lead-creation touch (ratio 0-1); empty when not positional.
--   OpportunityCreationWeight: Share of the credit given to the opportunity-creation touch (ratio 0-1); empty when not
--     positional.
--   ClosedWonWeight: Share of the credit given to the closed-won touch (ratio 0-1); empty when not positional.
--   MiddleWeight: Share of the credit shared by the touches between the named positions (ratio 0-1); empty when not positional.
--   HalfLifeDays: Time decay: each half-life (days) a touch lies before the opportunity's creation halves its weight; empty for
--     other model types.
--   LookbackDays: Days before the opportunity's creation within which touches are credited.
--   IsDefault: True for the model the measures, CAC and campaign ROI use unless another is chosen.
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
