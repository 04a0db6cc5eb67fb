-- One row per Marketo activity (lead x activity type x time), keyed to the lead, campaign, activity type and date.
-- A Merge Leads activity (type 32) names the merged person in its primary attribute value: masked here (NULL), kept in dw.
CREATE VIEW rpt.MarketingActivity
AS
SELECT
    f.MarketingActivityKey,
    f.MarketoGuid,
    f.LeadKey,
    f.CampaignKey,
    f.ActivityTypeKey,
    f.ActivityDateKey,
    f.ActivityAtUtc,
    f.MarketoLeadId,
    CAST(CASE WHEN t.MarketoActivityTypeId = 32 THEN NULL ELSE f.PrimaryAttributeValue END AS nvarchar(255)) AS PrimaryAttributeValue,
    f.ScoreDelta
FROM dw.FactMarketingActivity AS f
LEFT JOIN dw.DimActivityType AS t ON t.ActivityTypeKey = f.ActivityTypeKey;
