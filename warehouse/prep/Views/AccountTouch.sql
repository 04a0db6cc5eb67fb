-- One row per touch or score change of a person who belongs to an account (dw.DimLead.SalesforceAccountId), for the account
-- funnel: Marketo activities whose type is a touch (dw.DimActivityType.IsAttributionTouch, the attribution's definition of
-- engagement) or that changed the score (Change Score: IsTouch 0, the change in ScoreDelta), and CRM campaign responses (at the
-- first response day, else the membership's creation). TouchedAtUtc orders touches within a day (a response's is the
-- membership's creation). Deleted people and accounts are left out.
CREATE VIEW prep.AccountTouch
AS
SELECT
    a.AccountKey,
    l.LeadKey,
    f.ActivityDateKey AS TouchDateKey,
    f.ActivityAtUtc AS TouchedAtUtc,
    CAST(CASE WHEN t.IsAttributionTouch = 1 THEN 1 ELSE 0 END AS int) AS IsTouch,
    CAST(COALESCE(f.ScoreDelta, 0) AS int) AS ScoreDelta,
    f.CampaignKey,
    CAST(COALESCE(c.Channel, 'Unknown') AS varchar(30)) AS Channel,
    CAST(COALESCE(p.PersonaKey, 0) AS int) AS PersonaKey,
    CAST(f.MarketoGuid AS varchar(64)) AS TouchId
FROM dw.FactMarketingActivity AS f
INNER JOIN dw.DimActivityType AS t ON t.ActivityTypeKey = f.ActivityTypeKey
INNER JOIN dw.DimLead AS l ON l.LeadKey = f.LeadKey
INNER JOIN dw.DimAccount AS a ON a.SalesforceAccountId = l.SalesforceAccountId
LEFT JOIN dw.DimCampaign AS c ON c.CampaignKey = f.CampaignKey
LEFT JOIN dw.FactLeadFunnel AS p ON p.LeadKey = l.LeadKey AND p.CycleNumber = 1
WHERE l.IsDeleted = 0 AND a.IsDeleted = 0 AND a.AccountKey <> 0 AND (t.IsAttributionTouch = 1 OR f.ScoreDelta IS NOT NULL)
UNION ALL
SELECT
    a.AccountKey,
    l.LeadKey,
    CAST(CASE WHEN cm.FirstRespondedDate IS NULL
        THEN YEAR(cm.CreatedDate) * 10000 + MONTH(cm.CreatedDate) * 100 + DAY(cm.CreatedDate)
        ELSE YEAR(cm.FirstRespondedDate) * 10000 + MONTH(cm.FirstRespondedDate) * 100 + DAY(cm.FirstRespondedDate)
    END AS int) AS TouchDateKey,
    cm.CreatedDate AS TouchedAtUtc,
    CAST(1 AS int) AS IsTouch,
    CAST(0 AS int) AS ScoreDelta,
    c.CampaignKey,
    CAST(c.Channel AS varchar(30)) AS Channel,
    CAST(COALESCE(p.PersonaKey, 0) AS int) AS PersonaKey,
    CAST(cm.Id AS varchar(64)) AS TouchId
FROM stg.SalesforceCampaignMember AS cm
INNER JOIN dw.DimCampaign AS c ON c.SalesforceCampaignId = cm.CampaignId
INNER JOIN
(
    SELECT SalesforceLeadId AS PersonId, LeadKey FROM dw.DimLead
    UNION ALL
    SELECT SalesforceContactId, LeadKey FROM dw.DimLead WHERE COALESCE(SalesforceContactId, SalesforceLeadId) <> SalesforceLeadId
) AS k ON k.PersonId = COALESCE(cm.LeadId, cm.ContactId)
INNER JOIN dw.DimLead AS l ON l.LeadKey = k.LeadKey
INNER JOIN dw.DimAccount AS a ON a.SalesforceAccountId = l.SalesforceAccountId
LEFT JOIN dw.FactLeadFunnel AS p ON p.LeadKey = l.LeadKey AND p.CycleNumber = 1
WHERE COALESCE(cm.HasResponded, 0) = 1 AND COALESCE(cm.IsDeleted, 0) = 0 AND c.CampaignKey <> 0
    AND COALESCE(cm.FirstRespondedDate, cm.CreatedDate) IS NOT NULL
    AND l.IsDeleted = 0 AND a.IsDeleted = 0 AND a.AccountKey <> 0;
