-- One row per staged Marketo activity, keyed for dw.FactMarketingActivity: the lead it belongs to after Marketo merges
-- (etl.MarketoLeadMerge), the campaign of its Marketo program and its activity type; 0 (the Unknown member) where the dimension
-- has no row yet, so a later batch re-keys it. The scope columns let an incremental batch pick the activities it may change.
CREATE VIEW prep.MarketingActivity
AS
SELECT
    a.marketoGUID AS MarketoGuid,
    CAST(COALESCE(l.LeadKey, 0) AS int) AS LeadKey,
    CAST(COALESCE(c.CampaignKey, 0) AS int) AS CampaignKey,
    COALESCE(t.ActivityTypeKey, 0) AS ActivityTypeKey,
    CAST(YEAR(a.activityDate) * 10000 + MONTH(a.activityDate) * 100 + DAY(a.activityDate) AS int) AS ActivityDateKey,
    a.activityDate AS ActivityAtUtc,
    a.leadId AS MarketoLeadId,
    CAST(LEFT(a.primaryAttributeValue, 255) AS nvarchar(255)) AS PrimaryAttributeValue,
    a.scoreDelta AS ScoreDelta,
    a.BatchId AS StagedBatchId,
    a.activityTypeId AS MarketoActivityTypeId,
    a.campaignId AS MarketoProgramId
FROM stg.MarketoActivity AS a
LEFT JOIN etl.MarketoLeadMerge AS m ON m.LosingMarketoLeadId = a.leadId
LEFT JOIN (
    SELECT MarketoLeadId, MIN(LeadKey) AS LeadKey FROM dw.DimLead WHERE MarketoLeadId IS NOT NULL GROUP BY MarketoLeadId
) AS l ON l.MarketoLeadId = COALESCE(m.WinningMarketoLeadId, a.leadId)
LEFT JOIN (
    SELECT MarketoProgramId, MIN(CampaignKey) AS CampaignKey FROM dw.DimCampaign WHERE MarketoProgramId IS NOT NULL GROUP BY MarketoProgramId
) AS c ON c.MarketoProgramId = a.campaignId
LEFT JOIN dw.DimActivityType AS t ON t.MarketoActivityTypeId = a.activityTypeId;
