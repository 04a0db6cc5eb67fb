-- One row per touch x opportunity x attribution model with its weight (an opportunity's weights sum to 1 per model) and its
-- share of the pipeline and won revenue. Filter on one model (IsDefaultModel = 1, or ModelName) before adding up. OwnerRepKey is
-- the opportunity's owner (row-level security reaches the rows through it).
-- Columns:
--   SalesforceOpportunityId: The credited opportunity's Salesforce id.
--   TouchId: The touch: Marketo activity GUID or Salesforce campaign member id; Unattributed when no touch preceded the opportunity.
--   ModelName: Attribution model (first touch, W-shaped, ...): filter one model before adding up.
--   IsDefaultModel: True for the configured default model, the one the measures use.
--   TouchSourceSystem: Marketo, Salesforce, or None for the Unattributed row.
--   TouchAtUtc: When the touch happened (UTC).
--   TouchSequenceNumber: Position of the touch on the opportunity's path (1 = first touch); not additive.
--   TouchCount: Touches on the opportunity's path; not additive.
--   TouchPosition: Named positions the touch holds (FirstTouch, LeadCreation, OpportunityCreation, ClosedWon) or Middle.
--   IsNewCustomer: True when the opportunity is a won New opportunity: Weight is this touch's share of one new customer.
--   Weight: The touch's share of the opportunity under the model (6 places); one opportunity's weights sum to 1.
CREATE VIEW rpt.Attribution
AS
SELECT
    a.AttributionKey,
    a.SalesforceOpportunityId,
    a.TouchId,
    a.AttributionModelKey,
    m.ModelName,
    m.IsDefault AS IsDefaultModel,
    a.TouchSourceSystem,
    a.LeadKey,
    a.AccountKey,
    COALESCE(o.OwnerRepKey, 0) AS OwnerRepKey,
    a.CampaignKey,
    a.ActivityTypeKey,
    a.TouchDateKey,
    a.TouchAtUtc,
    a.TouchSequenceNumber,
    a.TouchCount,
    a.TouchPosition,
    a.OpportunityCreatedDateKey,
    a.WonDateKey,
    a.IsNewCustomer,
    a.Weight,
    a.AttributedPipeline,
    a.AttributedRevenue
FROM dw.FactAttribution AS a
INNER JOIN dw.DimAttributionModel AS m ON m.AttributionModelKey = a.AttributionModelKey
LEFT JOIN dw.FactOpportunity AS o ON o.SalesforceOpportunityId = a.SalesforceOpportunityId;
