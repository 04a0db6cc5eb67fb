-- One row per touch x opportunity x attribution model with its weight (an opportunity's weights sum to 1 per model) and its
-- share of the pipeline and won revenue. Filter on one model (IsDefaultModel = 1, or ModelName) before adding up. OwnerRepKey is
-- the opportunity's owner (row-level security reaches the rows through it).
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
