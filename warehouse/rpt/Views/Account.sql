-- One row per account (customer or prospect company), including the unknown member 0.
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
