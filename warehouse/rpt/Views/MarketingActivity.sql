-- One row per Marketo activity (lead x activity type x time), keyed to the lead, campaign, activity type and date.
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
    f.PrimaryAttributeValue,
    f.ScoreDelta
FROM dw.FactMarketingActivity AS f;
