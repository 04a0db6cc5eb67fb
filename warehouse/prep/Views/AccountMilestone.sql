-- One row per account that is not deleted or merged away, with what the account funnel needs besides touches: its segment,
-- its creation in the CRM, its first person's creation (lead or contact), its first opportunity's creation day (any type, not
-- deleted) and its first win day (prep.FirstWonOpportunity, through dw.DimAccount).
CREATE VIEW prep.AccountMilestone
AS
SELECT
    a.AccountKey,
    a.Segment,
    a.CreatedAtUtc AS AccountCreatedAtUtc,
    CAST(p.FirstPersonCreatedDateKey AS int) AS FirstPersonCreatedDateKey,
    CAST(o.FirstOpportunityDateKey AS int) AS FirstOpportunityDateKey,
    a.FirstWonDateKey
FROM dw.DimAccount AS a
LEFT JOIN
(
    SELECT
        SalesforceAccountId,
        MIN(YEAR(CreatedAtUtc) * 10000 + MONTH(CreatedAtUtc) * 100 + DAY(CreatedAtUtc)) AS FirstPersonCreatedDateKey
    FROM dw.DimLead
    WHERE IsDeleted = 0 AND SalesforceAccountId IS NOT NULL
    GROUP BY SalesforceAccountId
) AS p ON p.SalesforceAccountId = a.SalesforceAccountId
LEFT JOIN
(
    SELECT AccountKey, MIN(CreatedDateKey) AS FirstOpportunityDateKey
    FROM dw.FactOpportunity
    WHERE IsDeleted = 0
    GROUP BY AccountKey
) AS o ON o.AccountKey = a.AccountKey
WHERE a.AccountKey <> 0 AND a.IsDeleted = 0 AND a.MergedIntoSalesforceAccountId IS NULL;
