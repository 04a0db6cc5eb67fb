-- One row per staged Salesforce account (deleted ones too, flagged 1), shaped as dw.DimAccount: size band (etl.CompanySizeBand;
-- 'Unknown' without an employee count) and region (etl.CountryRegion, matched trimmed and upper-cased; 'Unknown' without a
-- country, 'Other' for one the configuration does not map) from the configuration; customer from its first win
-- (prep.FirstWonOpportunity): cohort month and acquisition channel (the channel of that win's campaign type, else its lead source).
CREATE VIEW prep.Account
AS
SELECT
    a.Id AS SalesforceAccountId,
    COALESCE(a.Name, '(unnamed)') AS AccountName,
    a.Industry AS Industry,
    a.AnnualRevenue AS AnnualRevenue,
    a.NumberOfEmployees AS NumberOfEmployees,
    CAST(COALESCE(b.BandName, 'Unknown') AS varchar(20)) AS CompanySizeBand,
    a.BillingCountry AS BillingCountry,
    CAST(CASE WHEN a.BillingCountry IS NULL OR TRIM(a.BillingCountry) = '' THEN 'Unknown' ELSE COALESCE(r.Region, 'Other') END
        AS varchar(20)) AS Region,
    a.Type AS AccountType,
    CAST(COALESCE(b.BandName, 'Unknown') AS varchar(20)) AS Segment,
    a.OwnerId AS OwnerSalesforceUserId,
    CAST(CASE WHEN w.CloseDate IS NULL THEN 0 ELSE 1 END AS int) AS IsCustomer,
    CAST(YEAR(w.CloseDate) * 10000 + MONTH(w.CloseDate) * 100 + DAY(w.CloseDate) AS int) AS FirstWonDateKey,
    CAST(YEAR(w.CloseDate) * 100 + MONTH(w.CloseDate) AS int) AS CustomerCohortYearMonth,
    CAST(CASE
        WHEN w.CloseDate IS NULL THEN NULL
        WHEN c.Type IS NOT NULL THEN COALESCE(ch.Channel, 'Other')
        ELSE COALESCE(w.LeadSource, 'Unknown')
    END AS varchar(30)) AS AcquisitionChannel,
    a.CreatedDate AS CreatedAtUtc,
    CAST(CASE WHEN a.IsDeleted = 1 THEN 1 ELSE 0 END AS int) AS IsDeleted,
    a.MasterRecordId AS MergedIntoSalesforceAccountId
FROM stg.SalesforceAccount AS a
LEFT JOIN etl.CompanySizeBand AS b
    ON a.NumberOfEmployees IS NOT NULL
    AND (b.MinEmployees IS NULL OR a.NumberOfEmployees >= b.MinEmployees)
    AND (b.MaxEmployees IS NULL OR a.NumberOfEmployees <= b.MaxEmployees)
LEFT JOIN etl.CountryRegion AS r ON r.CountryKey = UPPER(TRIM(a.BillingCountry))
LEFT JOIN prep.FirstWonOpportunity AS w ON w.AccountId = a.Id
LEFT JOIN stg.SalesforceCampaign AS c ON c.Id = w.CampaignId
LEFT JOIN etl.CampaignChannel AS ch ON ch.CampaignType = c.Type;
