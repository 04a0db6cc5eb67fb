-- One row per account (customer or prospect company), including the unknown member 0.
-- Columns:
--   SalesforceAccountId: The account's 18-character Salesforce id (empty for the unknown member).
--   AccountName: The account name in Salesforce.
--   Industry: Salesforce industry of the account (Unknown when empty).
--   AnnualRevenue: Annual revenue as entered on the Salesforce account.
--   NumberOfEmployees: Number of employees as entered on the Salesforce account.
--   CompanySizeBand: Company size band of the number of employees (companySizeBands; Unknown when missing).
--   BillingCountry: Billing country of the account (Unknown when empty).
--   Region: Sales region of the account.
--   AccountType: Salesforce Account.Type (Unknown when empty).
--   Segment: Segment of the account (its company size band), the grouping churn and CLV use.
--   IsCustomer: True once the account has a won opportunity.
--   CustomerCohortYearMonth: Month (yyyymm) of the account's first won opportunity; empty for prospects.
--   AcquisitionChannel: Channel of the first won opportunity's primary campaign (Unknown when none).
--   CreatedAtUtc: When the account was created in Salesforce (UTC).
--   IsDeleted: True when the account was deleted or merged away in Salesforce.
--   MergedIntoSalesforceAccountId: Salesforce id of the account this one was merged into; empty when not merged.
CREATE VIEW rpt.Account
AS
SELECT
    a.AccountKey,
    a.SalesforceAccountId,
    a.AccountName,
    COALESCE(a.Industry, 'Unknown') AS Industry,
    a.AnnualRevenue,
    a.NumberOfEmployees,
    a.CompanySizeBand,
    COALESCE(a.BillingCountry, 'Unknown') AS BillingCountry,
    a.Region,
    COALESCE(a.AccountType, 'Unknown') AS AccountType,
    a.Segment,
    a.IsCustomer,
    a.FirstWonDateKey,
    a.CustomerCohortYearMonth,
    COALESCE(a.AcquisitionChannel, 'Unknown') AS AcquisitionChannel,
    a.CreatedAtUtc,
    a.IsDeleted,
    a.MergedIntoSalesforceAccountId
FROM dw.DimAccount AS a;
