-- One row per customer account (GroupLevel Account) and per acquisition channel, persona and segment (rollups; the other two
-- columns read All): customers, churn, lifetime revenue (new + renewals + upgrades), historical CLV (revenue x gross margin),
-- average predicted CLV, acquisition cost allocated through the default attribution model, CAC = acquisition cost / new customers,
-- and CLV:CAC = CLV of the new customers / their acquisition cost. Renewals and upgrades add revenue, never customers.
CREATE VIEW rpt.CustomerLifetimeValue
AS
SELECT
    CAST('Account' AS varchar(20)) AS GroupLevel,
    CAST(a.AccountName AS nvarchar(255)) AS GroupName,
    CAST(f.AccountKey AS int) AS AccountKey,
    CAST(f.AcquisitionChannel AS varchar(30)) AS AcquisitionChannel,
    CAST(p.PersonaName AS nvarchar(100)) AS PersonaName,
    CAST(f.Segment AS varchar(20)) AS Segment,
    CAST(COUNT(*) AS int) AS Customers,
    CAST(SUM(CASE WHEN f.IsNewCustomer = 1 THEN 1 ELSE 0 END) AS int) AS NewCustomers,
    CAST(SUM(CASE WHEN f.IsChurned = 1 THEN 1 ELSE 0 END) AS int) AS ChurnedCustomers,
    CAST(SUM(f.Renewals) AS int) AS Renewals,
    CAST(SUM(f.Upgrades) AS int) AS Upgrades,
    CAST(SUM(f.LifetimeRevenue) AS decimal(19,4)) AS LifetimeRevenue,
    CAST(SUM(f.AnnualizedRevenue) AS decimal(19,4)) AS AnnualizedRevenue,
    CAST(MAX(f.GrossMarginRate) AS decimal(9,4)) AS GrossMarginRate,
    CAST(AVG(f.TenureYears) AS decimal(9,4)) AS AvgTenureYears,
    CAST(AVG(f.SegmentAnnualChurnRate) AS decimal(9,4)) AS AnnualChurnRate,
    CAST(AVG(f.ExpectedLifetimeYears) AS decimal(9,4)) AS ExpectedLifetimeYears,
    CAST(SUM(f.HistoricalClv) AS decimal(19,4)) AS HistoricalClv,
    CAST(AVG(f.HistoricalClv) AS decimal(19,4)) AS AvgHistoricalClv,
    CAST(AVG(f.PredictedClv) AS decimal(19,4)) AS AvgPredictedClv,
    CAST(SUM(f.AcquisitionCost) AS decimal(19,4)) AS AcquisitionCost,
    CAST(CAST(SUM(f.AcquisitionCost) AS decimal(19,4)) / NULLIF(SUM(CASE WHEN f.IsNewCustomer = 1 THEN 1 ELSE 0 END), 0) AS decimal(19,4)) AS Cac,
    CAST(CAST(SUM(CASE WHEN f.IsNewCustomer = 1 THEN f.HistoricalClv END) AS decimal(19,4)) / NULLIF(SUM(f.AcquisitionCost), 0) AS decimal(9,4)) AS HistoricalClvToCac,
    CAST(CAST(SUM(CASE WHEN f.IsNewCustomer = 1 THEN f.PredictedClv END) AS decimal(19,4)) / NULLIF(SUM(f.AcquisitionCost), 0) AS decimal(9,4)) AS PredictedClvToCac
FROM dw.FactCustomerLifetimeValue AS f
INNER JOIN dw.DimAccount AS a ON a.AccountKey = f.AccountKey
INNER JOIN dw.DimPersona AS p ON p.PersonaKey = f.PersonaKey
GROUP BY f.AccountKey, a.AccountName, f.AcquisitionChannel, p.PersonaName, f.Segment
UNION ALL
SELECT
    CAST('AcquisitionChannel' AS varchar(20)) AS GroupLevel,
    CAST(f.AcquisitionChannel AS nvarchar(255)) AS GroupName,
    CAST(NULL AS int) AS AccountKey,
    CAST(f.AcquisitionChannel AS varchar(30)) AS AcquisitionChannel,
    CAST('All' AS nvarchar(100)) AS PersonaName,
    CAST('All' AS varchar(20)) AS Segment,
    CAST(COUNT(*) AS int) AS Customers,
    CAST(SUM(CASE WHEN f.IsNewCustomer = 1 THEN 1 ELSE 0 END) AS int) AS NewCustomers,
    CAST(SUM(CASE WHEN f.IsChurned = 1 THEN 1 ELSE 0 END) AS int) AS ChurnedCustomers,
    CAST(SUM(f.Renewals) AS int) AS Renewals,
    CAST(SUM(f.Upgrades) AS int) AS Upgrades,
    CAST(SUM(f.LifetimeRevenue) AS decimal(19,4)) AS LifetimeRevenue,
    CAST(SUM(f.AnnualizedRevenue) AS decimal(19,4)) AS AnnualizedRevenue,
    CAST(MAX(f.GrossMarginRate) AS decimal(9,4)) AS GrossMarginRate,
    CAST(AVG(f.TenureYears) AS decimal(9,4)) AS AvgTenureYears,
    CAST(AVG(f.SegmentAnnualChurnRate) AS decimal(9,4)) AS AnnualChurnRate,
    CAST(AVG(f.ExpectedLifetimeYears) AS decimal(9,4)) AS ExpectedLifetimeYears,
    CAST(SUM(f.HistoricalClv) AS decimal(19,4)) AS HistoricalClv,
    CAST(AVG(f.HistoricalClv) AS decimal(19,4)) AS AvgHistoricalClv,
    CAST(AVG(f.PredictedClv) AS decimal(19,4)) AS AvgPredictedClv,
    CAST(SUM(f.AcquisitionCost) AS decimal(19,4)) AS AcquisitionCost,
    CAST(CAST(SUM(f.AcquisitionCost) AS decimal(19,4)) / NULLIF(SUM(CASE WHEN f.IsNewCustomer = 1 THEN 1 ELSE 0 END), 0) AS decimal(19,4)) AS Cac,
    CAST(CAST(SUM(CASE WHEN f.IsNewCustomer = 1 THEN f.HistoricalClv END) AS decimal(19,4)) / NULLIF(SUM(f.AcquisitionCost), 0) AS decimal(9,4)) AS HistoricalClvToCac,
    CAST(CAST(SUM(CASE WHEN f.IsNewCustomer = 1 THEN f.PredictedClv END) AS decimal(19,4)) / NULLIF(SUM(f.AcquisitionCost), 0) AS decimal(9,4)) AS PredictedClvToCac
FROM dw.FactCustomerLifetimeValue AS f
INNER JOIN dw.DimAccount AS a ON a.AccountKey = f.AccountKey
INNER JOIN dw.DimPersona AS p ON p.PersonaKey = f.PersonaKey
GROUP BY f.AcquisitionChannel
UNION ALL
SELECT
    CAST('Persona' AS varchar(20)) AS GroupLevel,
    CAST(p.PersonaName AS nvarchar(255)) AS GroupName,
    CAST(NULL AS int) AS AccountKey,
    CAST('All' AS varchar(30)) AS AcquisitionChannel,
    CAST(p.PersonaName AS nvarchar(100)) AS PersonaName,
    CAST('All' AS varchar(20)) AS Segment,
    CAST(COUNT(*) AS int) AS Customers,
    CAST(SUM(CASE WHEN f.IsNewCustomer = 1 THEN 1 ELSE 0 END) AS int) AS NewCustomers,
    CAST(SUM(CASE WHEN f.IsChurned = 1 THEN 1 ELSE 0 END) AS int) AS ChurnedCustomers,
    CAST(SUM(f.Renewals) AS int) AS Renewals,
    CAST(SUM(f.Upgrades) AS int) AS Upgrades,
    CAST(SUM(f.LifetimeRevenue) AS decimal(19,4)) AS LifetimeRevenue,
    CAST(SUM(f.AnnualizedRevenue) AS decimal(19,4)) AS AnnualizedRevenue,
    CAST(MAX(f.GrossMarginRate) AS decimal(9,4)) AS GrossMarginRate,
    CAST(AVG(f.TenureYears) AS decimal(9,4)) AS AvgTenureYears,
    CAST(AVG(f.SegmentAnnualChurnRate) AS decimal(9,4)) AS AnnualChurnRate,
    CAST(AVG(f.ExpectedLifetimeYears) AS decimal(9,4)) AS ExpectedLifetimeYears,
    CAST(SUM(f.HistoricalClv) AS decimal(19,4)) AS HistoricalClv,
    CAST(AVG(f.HistoricalClv) AS decimal(19,4)) AS AvgHistoricalClv,
    CAST(AVG(f.PredictedClv) AS decimal(19,4)) AS AvgPredictedClv,
    CAST(SUM(f.AcquisitionCost) AS decimal(19,4)) AS AcquisitionCost,
    CAST(CAST(SUM(f.AcquisitionCost) AS decimal(19,4)) / NULLIF(SUM(CASE WHEN f.IsNewCustomer = 1 THEN 1 ELSE 0 END), 0) AS decimal(19,4)) AS Cac,
    CAST(CAST(SUM(CASE WHEN f.IsNewCustomer = 1 THEN f.HistoricalClv END) AS decimal(19,4)) / NULLIF(SUM(f.AcquisitionCost), 0) AS decimal(9,4)) AS HistoricalClvToCac,
    CAST(CAST(SUM(CASE WHEN f.IsNewCustomer = 1 THEN f.PredictedClv END) AS decimal(19,4)) / NULLIF(SUM(f.AcquisitionCost), 0) AS decimal(9,4)) AS PredictedClvToCac
FROM dw.FactCustomerLifetimeValue AS f
INNER JOIN dw.DimAccount AS a ON a.AccountKey = f.AccountKey
INNER JOIN dw.DimPersona AS p ON p.PersonaKey = f.PersonaKey
GROUP BY p.PersonaName
UNION ALL
SELECT
    CAST('Segment' AS varchar(20)) AS GroupLevel,
    CAST(f.Segment AS nvarchar(255)) AS GroupName,
    CAST(NULL AS int) AS AccountKey,
    CAST('All' AS varchar(30)) AS AcquisitionChannel,
    CAST('All' AS nvarchar(100)) AS PersonaName,
    CAST(f.Segment AS varchar(20)) AS Segment,
    CAST(COUNT(*) AS int) AS Customers,
    CAST(SUM(CASE WHEN f.IsNewCustomer = 1 THEN 1 ELSE 0 END) AS int) AS NewCustomers,
    CAST(SUM(CASE WHEN f.IsChurned = 1 THEN 1 ELSE 0 END) AS int) AS ChurnedCustomers,
    CAST(SUM(f.Renewals) AS int) AS Renewals,
    CAST(SUM(f.Upgrades) AS int) AS Upgrades,
    CAST(SUM(f.LifetimeRevenue) AS decimal(19,4)) AS LifetimeRevenue,
    CAST(SUM(f.AnnualizedRevenue) AS decimal(19,4)) AS AnnualizedRevenue,
    CAST(MAX(f.GrossMarginRate) AS decimal(9,4)) AS GrossMarginRate,
    CAST(AVG(f.TenureYears) AS decimal(9,4)) AS AvgTenureYears,
    CAST(AVG(f.SegmentAnnualChurnRate) AS decimal(9,4)) AS AnnualChurnRate,
    CAST(AVG(f.ExpectedLifetimeYears) AS decimal(9,4)) AS ExpectedLifetimeYears,
    CAST(SUM(f.HistoricalClv) AS decimal(19,4)) AS HistoricalClv,
    CAST(AVG(f.HistoricalClv) AS decimal(19,4)) AS AvgHistoricalClv,
    CAST(AVG(f.PredictedClv) AS decimal(19,4)) AS AvgPredictedClv,
    CAST(SUM(f.AcquisitionCost) AS decimal(19,4)) AS AcquisitionCost,
    CAST(CAST(SUM(f.AcquisitionCost) AS decimal(19,4)) / NULLIF(SUM(CASE WHEN f.IsNewCustomer = 1 THEN 1 ELSE 0 END), 0) AS decimal(19,4)) AS Cac,
    CAST(CAST(SUM(CASE WHEN f.IsNewCustomer = 1 THEN f.HistoricalClv END) AS decimal(19,4)) / NULLIF(SUM(f.AcquisitionCost), 0) AS decimal(9,4)) AS HistoricalClvToCac,
    CAST(CAST(SUM(CASE WHEN f.IsNewCustomer = 1 THEN f.PredictedClv END) AS decimal(19,4)) / NULLIF(SUM(f.AcquisitionCost), 0) AS decimal(9,4)) AS PredictedClvToCac
FROM dw.FactCustomerLifetimeValue AS f
INNER JOIN dw.DimAccount AS a ON a.AccountKey = f.AccountKey
INNER JOIN dw.DimPersona AS p ON p.PersonaKey = f.PersonaKey
GROUP BY f.Segment;
