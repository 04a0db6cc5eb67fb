-- One row per current staged opportunity contact role (staging already kept the newest version of each Id), keyed for
-- dw.FactOpportunityContactRole: the contact's person in dw.DimLead (the lead converted into the contact, else the contact's own
-- row; the lowest key when several leads were converted into one contact), the account of the opportunity; 0 where unknown.
-- Left out: deleted roles, roles of deleted opportunities, roles without an opportunity or a contact.
CREATE VIEW prep.OpportunityContactRole
AS
SELECT
    r.Id AS SalesforceOpportunityContactRoleId,
    r.OpportunityId AS SalesforceOpportunityId,
    r.ContactId AS SalesforceContactId,
    CAST(COALESCE(cl.LeadKey, ct.LeadKey, 0) AS int) AS LeadKey,
    CAST(COALESCE(a.AccountKey, 0) AS int) AS AccountKey,
    CAST(COALESCE(NULLIF(TRIM(r.Role), ''), 'Unspecified') AS nvarchar(40)) AS Role,
    CAST(CASE WHEN r.IsPrimary = 1 THEN 1 ELSE 0 END AS int) AS IsPrimary,
    CAST(YEAR(r.CreatedDate) * 10000 + MONTH(r.CreatedDate) * 100 + DAY(r.CreatedDate) AS int) AS CreatedDateKey,
    r.CreatedDate AS CreatedAtUtc
FROM stg.SalesforceOpportunityContactRole AS r
LEFT JOIN stg.SalesforceOpportunity AS o ON o.Id = r.OpportunityId
LEFT JOIN dw.DimAccount AS a ON a.SalesforceAccountId = o.AccountId
LEFT JOIN (
    SELECT SalesforceContactId, MIN(LeadKey) AS LeadKey FROM dw.DimLead
    WHERE SalesforceContactId IS NOT NULL AND RecordType = 'Lead' GROUP BY SalesforceContactId
) AS cl ON cl.SalesforceContactId = r.ContactId
LEFT JOIN dw.DimLead AS ct ON ct.SalesforceLeadId = r.ContactId AND ct.RecordType = 'Contact'
WHERE COALESCE(r.IsDeleted, 0) = 0 AND COALESCE(o.IsDeleted, 0) = 0
    AND r.OpportunityId IS NOT NULL AND r.ContactId IS NOT NULL;
