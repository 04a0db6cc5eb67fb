-- One row per customer account (GroupLevel Account) and per acquisition channel, persona and segment (rollups; the other two
-- columns read All): customers, churn, lifetime revenue (new + renewals + upgrades), historical CLV (revenue x gross margin),
-- average predicted CLV, acquisition cost allocated through the default attribution model, CAC = acquisition cost / new customers,
-- and CLV:CAC = CLV of the new customers / their acquisition cost. Renewals and upgrades add revenue, never customers.
-- Each fact row is counted once per grouping level (the four-row level list), so the measures are written once for all levels.
-- Columns:
--   GroupLevel: Account, AcquisitionChannel, Persona or Segment: filter one level before adding up.
--   GroupName: The account, channel, persona or segment the row is for.
--   AcquisitionChannel: Channel with the largest default-model weight on the acquisition (else the primary campaign's); All on
--     the Persona and Segment rollups.
--   PersonaName: Persona of the lead converted into the first New opportunity; All on the channel and segment rollups.
--   Segment: Segment (company size band) of the account; All on the channel and persona rollups.
--   Customers: Customer accounts (accounts with a won opportunity).
--   NewCustomers: Of those, the ones acquired by a won New opportunity (the ones CAC counts).
--   ChurnedCustomers: Customers whose expected renewal date passed without a won renewal.
--   Renewals: Won renewal opportunities of the customers.
--   Upgrades: Won upgrade opportunities of the customers.
--   LifetimeRevenue: Won amount of every opportunity (new, renewals, upgrades), in the reporting currency.
--   AnnualizedRevenue: Latest New or Renewal contract plus upgrades won after it, in the reporting currency.
--   GrossMarginRate: Configured gross margin applied to revenue, a ratio 0-1; not additive.
--   AvgTenureYears: Average years from first won to churn date (or to the as-of date); not additive.
--   AnnualChurnRate: Average segment annual churn rate (churned customers / customer-years), a ratio 0-1; not additive.
--   ExpectedLifetimeYears: Average expected lifetime in years (1 / churn rate, capped at maxLifetimeYears); not additive.
--   HistoricalClv: Lifetime revenue x gross margin, in the reporting currency.
--   AvgHistoricalClv: Average historical CLV per customer, in the reporting currency; not additive.
--   AvgPredictedClv: Average predicted CLV (annual margin over the expected lifetime, discounted; historical once churned) per
--     customer, in the reporting currency; not additive.
--   AcquisitionCost: Channel cost allocated to the new customers through the default model's weights, in the reporting
--     currency.
--   Cac: Acquisition cost / new customers, in the reporting currency; empty without new customers; not additive.
--   HistoricalClvToCac: Historical CLV of the new customers / their acquisition cost, a ratio; empty without cost; not
--     additive.
--   PredictedClvToCac: Predicted CLV of the new customers / their acquisition cost, a ratio; empty without cost; not additive.
CREATE VIEW rpt.CustomerLifetimeValue
AS
SELECT
    CAST(g.GroupLevel AS varchar(20)) AS GroupLevel,
    CAST(g.GroupName AS nvarchar(255)) AS GroupName,
    CAST(g.AccountKey AS int) AS AccountKey,
    CAST(g.AcquisitionChannel AS varchar(30)) AS AcquisitionChannel,
    CAST(g.PersonaName AS nvarchar(100)) AS PersonaName,
    CAST(g.Segment AS varchar(20)) AS Segment,
    CAST(COUNT(*) AS int) AS Customers,
    CAST(SUM(CASE WHEN g.IsNewCustomer = 1 THEN 1 ELSE 0 END) AS int) AS NewCustomers,
    CAST(SUM(CASE WHEN g.IsChurned = 1 THEN 1 ELSE 0 END) AS int) AS ChurnedCustomers,
    CAST(SUM(g.Renewals) AS int) AS Renewals,
    CAST(SUM(g.Upgrades) AS int) AS Upgrades,
    CAST(SUM(g.LifetimeRevenue) AS decimal(19,4)) AS LifetimeRevenue,
    CAST(SUM(g.AnnualizedRevenue) AS decimal(19,4)) AS AnnualizedRevenue,
    CAST(MAX(g.GrossMarginRate) AS decimal(9,4)) AS GrossMarginRate,
    CAST(AVG(g.TenureYears) AS decimal(9,4)) AS AvgTenureYears,
    CAST(AVG(g.SegmentAnnualChurnRate) AS decimal(9,4)) AS AnnualChurnRate,
    CAST(AVG(g.ExpectedLifetimeYears) AS decimal(9,4)) AS ExpectedLifetimeYears,
    CAST(SUM(g.HistoricalClv) AS decimal(19,4)) AS HistoricalClv,
    CAST(AVG(g.HistoricalClv) AS decimal(19,4)) AS AvgHistoricalClv,
    CAST(AVG(g.PredictedClv) AS decimal(19,4)) AS AvgPredictedClv,
    CAST(SUM(g.AcquisitionCost) AS decimal(19,4)) AS AcquisitionCost,
    CAST(CAST(SUM(g.AcquisitionCost) AS decimal(19,4)) / NULLIF(SUM(CASE WHEN g.IsNewCustomer = 1 THEN 1 ELSE 0 END), 0) AS decimal(19,4)) AS Cac,
    CAST(CAST(SUM(CASE WHEN g.IsNewCustomer = 1 THEN g.HistoricalClv END) AS decimal(19,4)) / NULLIF(SUM(g.AcquisitionCost), 0) AS decimal(9,4)) AS HistoricalClvToCac,
    CAST(CAST(SUM(CASE WHEN g.IsNewCustomer = 1 THEN g.PredictedClv END) AS decimal(19,4)) / NULLIF(SUM(g.AcquisitionCost), 0) AS decimal(9,4)) AS PredictedClvToCac
FROM
(
    SELECT
        l.GroupLevel,
        CASE l.GroupLevel WHEN 'Account' THEN a.AccountName WHEN 'AcquisitionChannel' THEN f.AcquisitionChannel WHEN 'Persona' THEN p.PersonaName ELSE f.Segment END AS GroupName,
        CASE WHEN l.GroupLevel = 'Account' THEN f.AccountKey END AS AccountKey,
        CASE WHEN l.GroupLevel = 'Account' OR l.GroupLevel = 'AcquisitionChannel' THEN f.AcquisitionChannel ELSE 'All' END AS AcquisitionChannel,
        CASE WHEN l.GroupLevel = 'Account' OR l.GroupLevel = 'Persona' THEN p.PersonaName ELSE 'All' END AS PersonaName,
        CASE WHEN l.GroupLevel = 'Account' OR l.GroupLevel = 'Segment' THEN f.Segment ELSE 'All' END AS Segment,
        f.IsNewCustomer, f.IsChurned, f.Renewals, f.Upgrades, f.LifetimeRevenue, f.AnnualizedRevenue, f.GrossMarginRate, f.TenureYears, f.SegmentAnnualChurnRate, f.ExpectedLifetimeYears, f.HistoricalClv, f.PredictedClv, f.AcquisitionCost
    FROM dw.FactCustomerLifetimeValue AS f
    INNER JOIN dw.DimAccount AS a ON a.AccountKey = f.AccountKey
    INNER JOIN dw.DimPersona AS p ON p.PersonaKey = f.PersonaKey
    CROSS JOIN
    (
        SELECT CAST('Account' AS varchar(20)) AS GroupLevel
        UNION ALL SELECT CAST('AcquisitionChannel' AS varchar(20))
        UNION ALL SELECT CAST('Persona' AS varchar(20))
        UNION ALL SELECT CAST('Segment' AS varchar(20))
    ) AS l
) AS g
GROUP BY g.GroupLevel, g.GroupName, g.AccountKey, g.AcquisitionChannel, g.PersonaName, g.Segment;
