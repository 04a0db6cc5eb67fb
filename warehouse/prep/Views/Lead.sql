-- One row per staged Salesforce lead, and per staged contact that no converted lead points to (deleted ones too, flagged 1),
-- shaped as dw.DimLead: the e-mail only as the hash and domain typed at staging; the Marketo lead linked by sfdcLeadId (or, after
-- conversion, by sfdcContactId through prep.MarketoContactLink: lowest Marketo id, highest score); size band
-- (etl.CompanySizeBand; 'Unknown' without an employee count) and region (etl.CountryRegion, matched trimmed and upper-cased;
-- 'Unknown' without a country, 'Other' for one the configuration does not map). A contact takes company, industry, size and
-- country from its account, its size band and region as prep.Account derives them. StagedBatchId and AccountStagedBatchId are
-- the batches that last changed the staged row and its account (a delta reloads only those).
CREATE VIEW prep.Lead
AS
SELECT
    l.Id AS SalesforceLeadId,
    CAST(COALESCE(ml.MarketoId, mc.MarketoId) AS int) AS MarketoLeadId,
    CAST('Lead' AS varchar(10)) AS RecordType,
    l.EmailHash AS EmailHash,
    l.EmailDomain AS EmailDomain,
    l.Title AS Title,
    l.Company AS Company,
    l.Industry AS Industry,
    l.NumberOfEmployees AS NumberOfEmployees,
    CAST(COALESCE(b.BandName, 'Unknown') AS varchar(20)) AS CompanySizeBand,
    l.Country AS Country,
    CAST(CASE WHEN l.Country IS NULL OR TRIM(l.Country) = '' THEN 'Unknown' ELSE COALESCE(r.Region, 'Other') END
        AS varchar(20)) AS Region,
    l.LeadSource AS LeadSource,
    l.Rating AS Rating,
    l.Status AS CurrentStatus,
    l.Rejection_Reason__c AS LastRejectionReason,
    CAST(COALESCE(ml.Score, mc.Score) AS int) AS LeadScore,
    l.OwnerId AS OwnerSalesforceUserId,
    CAST(CASE WHEN l.IsConverted = 1 THEN 1 ELSE 0 END AS int) AS IsConverted,
    CAST(YEAR(l.ConvertedDate) * 10000 + MONTH(l.ConvertedDate) * 100 + DAY(l.ConvertedDate) AS int) AS ConvertedDateKey,
    l.ConvertedAccountId AS SalesforceAccountId,
    l.ConvertedContactId AS SalesforceContactId,
    l.ConvertedOpportunityId AS SalesforceOpportunityId,
    l.CreatedDate AS CreatedAtUtc,
    l.LastModifiedDate AS LastModifiedAtUtc,
    CAST(CASE WHEN l.IsDeleted = 1 THEN 1 ELSE 0 END AS int) AS IsDeleted,
    l.MasterRecordId AS MergedIntoSalesforceLeadId,
    l.BatchId AS StagedBatchId,
    CAST(NULL AS int) AS AccountStagedBatchId
FROM stg.SalesforceLead AS l
LEFT JOIN (
    SELECT m.sfdcLeadId, MIN(m.id) AS MarketoId, MAX(m.leadScore) AS Score
    FROM stg.MarketoLead AS m
    WHERE m.sfdcLeadId IS NOT NULL
    GROUP BY m.sfdcLeadId
) AS ml ON ml.sfdcLeadId = l.Id
LEFT JOIN prep.MarketoContactLink AS mc ON mc.SalesforceContactId = l.ConvertedContactId
LEFT JOIN etl.CompanySizeBand AS b
    ON l.NumberOfEmployees IS NOT NULL
    AND (b.MinEmployees IS NULL OR l.NumberOfEmployees >= b.MinEmployees)
    AND (b.MaxEmployees IS NULL OR l.NumberOfEmployees <= b.MaxEmployees)
LEFT JOIN etl.CountryRegion AS r ON r.CountryKey = UPPER(TRIM(l.Country))
UNION ALL
SELECT
    c.Id,
    mc.MarketoId,
    CAST('Contact' AS varchar(10)),
    c.EmailHash,
    c.EmailDomain,
    c.Title,
    a.Name,
    a.Industry,
    a.NumberOfEmployees,
    CAST(COALESCE(pa.CompanySizeBand, 'Unknown') AS varchar(20)),
    a.BillingCountry,
    CAST(COALESCE(pa.Region, 'Unknown') AS varchar(20)),
    c.LeadSource,
    CAST(NULL AS nvarchar(255)),
    CAST(NULL AS nvarchar(255)),
    CAST(NULL AS nvarchar(255)),
    mc.Score,
    c.OwnerId,
    CAST(0 AS int),
    CAST(NULL AS int),
    c.AccountId,
    c.Id,
    CAST(NULL AS varchar(18)),
    c.CreatedDate,
    c.SystemModstamp,
    CAST(CASE WHEN c.IsDeleted = 1 THEN 1 ELSE 0 END AS int),
    c.MasterRecordId,
    c.BatchId,
    a.BatchId
FROM stg.SalesforceContact AS c
LEFT JOIN stg.SalesforceAccount AS a ON a.Id = c.AccountId
LEFT JOIN prep.MarketoContactLink AS mc ON mc.SalesforceContactId = c.Id
LEFT JOIN prep.Account AS pa ON pa.SalesforceAccountId = c.AccountId
LEFT JOIN (
    SELECT DISTINCT cl.ConvertedContactId
    FROM stg.SalesforceLead AS cl
    WHERE cl.ConvertedContactId IS NOT NULL
) AS converted ON converted.ConvertedContactId = c.Id
WHERE converted.ConvertedContactId IS NULL;
