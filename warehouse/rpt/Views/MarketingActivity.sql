-- One row per Marketo activity (lead x activity type x time), keyed to the lead, campaign, activity type and date.
-- A Merge Leads activity (type 32) names the merged person in its primary attribute value: masked here (NULL), kept in dw.
-- Columns:
--   MarketoGuid: The activity's Marketo GUID.
--   ActivityAtUtc: When the activity happened (UTC).
--   MarketoLeadId: Id of the Marketo person the activity belongs to.
--   PrimaryAttributeValue: The activity's primary attribute (asset, program, form ...); empty on Merge Leads, which names a
--     person.
--   ScoreDelta: Change of the lead score, in points (Change Score activities only).
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
