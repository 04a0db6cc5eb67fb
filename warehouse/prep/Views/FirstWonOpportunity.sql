-- One row per account with a won opportunity (not deleted, with a close date): its first win, by close date then id, whose
-- primary campaign and lead source decide the account's acquisition channel and whose close date starts its customer cohort.
CREATE VIEW prep.FirstWonOpportunity
AS
SELECT
    o.AccountId AS AccountId,
    o.Id AS OpportunityId,
    o.CloseDate AS CloseDate,
    o.CampaignId AS CampaignId,
    o.LeadSource AS LeadSource
FROM (
    SELECT AccountId, Id, CloseDate, CampaignId, LeadSource,
        ROW_NUMBER() OVER (PARTITION BY AccountId ORDER BY CloseDate, Id) AS Position
    FROM stg.SalesforceOpportunity
    WHERE COALESCE(IsWon, 0) = 1 AND COALESCE(IsDeleted, 0) = 0 AND CloseDate IS NOT NULL AND AccountId IS NOT NULL
) AS o
WHERE o.Position = 1;
