-- One row per calendar month with activity: new leads, MQLs, SALs (funnel entries in the month), SLA compliance (clocks started in
-- the month: met / resolved), the month's inquiry cohort conversion so far, pipeline created and open at the calendar month's end
-- (24:00 UTC on its last day), bookings and new customers (by CloseDate), marketing cost, blended CAC = cost / new customers, and
-- CLV:CAC = average predicted CLV of the customers first won in the month / CAC. Reporting currency.
-- Columns:
--   YearMonth: Calendar month (yyyymm).
--   Leads: Leads whose first inquiry fell in the month.
--   Mqls: Funnel entries into MQL in the month.
--   Sals: Funnel entries into SAL in the month.
--   Sqls: Funnel entries into SQL in the month.
--   SlaComplianceRate: SLA clocks started in the month that were met / those resolved, a ratio 0-1; not additive.
--   CohortInquiryToMqlRate: Of the leads first inquiring in the month, the share that reached MQL so far, a ratio 0-1; not
--     additive.
--   CohortLeadToCustomerRate: Of the leads first inquiring in the month, the share that reached won so far, a ratio 0-1; not
--     additive.
--   OpportunitiesCreated: Opportunities created in the month.
--   PipelineCreated: Amount of the opportunities created in the month, in the reporting currency.
--   OpenPipelineAtMonthEnd: Amount of the opportunities open at the month's end (24:00 UTC on its last day), in the reporting
--     currency; a snapshot, not additive over months.
--   Bookings: Won amount of the opportunities won in the month (by CloseDate), in the reporting currency.
--   NewBusinessBookings: Won amount of the New opportunities won in the month, in the reporting currency.
--   NewCustomers: Won New opportunities in the month (customers acquired).
--   MarketingCost: Actual campaign cost booked to the month, in the reporting currency.
--   Cac: Blended customer acquisition cost: marketing cost / new customers of the month, in the reporting currency; not
--     additive.
--   AvgPredictedClvOfNewCustomers: Average predicted CLV of the new customers first won in the month, in the reporting
--     currency; not additive.
--   ClvToCac: Average predicted CLV of the month's new customers / CAC, a ratio; empty without cost; not additive.
CREATE VIEW rpt.ExecutiveSummary
AS
WITH FunnelEntry AS
(
    -- One row per funnel cycle and milestone date, each an equality join with the calendar (a join on any of the four dates
    -- compared every cycle with every day). A month appears when a cycle has any milestone in it, as before.
    SELECT d.YearMonth, CASE WHEN f.CycleNumber = 1 THEN 1 ELSE 0 END AS Leads, 0 AS Mqls, 0 AS Sals, 0 AS Sqls
    FROM dw.FactLeadFunnel AS f
    INNER JOIN dw.DimDate AS d ON d.DateKey = f.InquiryDateKey
    UNION ALL
    SELECT d.YearMonth, 0, 1, 0, 0
    FROM dw.FactLeadFunnel AS f
    INNER JOIN dw.DimDate AS d ON d.DateKey = f.MqlDateKey
    UNION ALL
    SELECT d.YearMonth, 0, 0, 1, 0
    FROM dw.FactLeadFunnel AS f
    INNER JOIN dw.DimDate AS d ON d.DateKey = f.SalDateKey
    UNION ALL
    SELECT d.YearMonth, 0, 0, 0, 1
    FROM dw.FactLeadFunnel AS f
    INNER JOIN dw.DimDate AS d ON d.DateKey = f.SqlDateKey
),
Funnel AS
(
    SELECT e.YearMonth, SUM(e.Leads) AS Leads, SUM(e.Mqls) AS Mqls, SUM(e.Sals) AS Sals, SUM(e.Sqls) AS Sqls
    FROM FunnelEntry AS e
    GROUP BY e.YearMonth
),
Cohort AS
(
    SELECT
        d.YearMonth,
        COUNT(*) AS CohortLeads,
        SUM(CASE WHEN w.LeadKey IS NOT NULL THEN 1 ELSE 0 END) AS CohortCustomers,
        SUM(CASE WHEN q.LeadKey IS NOT NULL THEN 1 ELSE 0 END) AS CohortMqls
    FROM dw.FactLeadFunnel AS f
    INNER JOIN dw.DimDate AS d ON d.DateKey = f.InquiryDateKey
    LEFT JOIN (SELECT DISTINCT LeadKey FROM dw.FactLeadFunnel WHERE WonDateKey IS NOT NULL) AS w ON w.LeadKey = f.LeadKey
    LEFT JOIN (SELECT DISTINCT LeadKey FROM dw.FactLeadFunnel WHERE MqlDateKey IS NOT NULL) AS q ON q.LeadKey = f.LeadKey
    WHERE f.CycleNumber = 1
    GROUP BY d.YearMonth
),
Sla AS
(
    SELECT d.YearMonth, SUM(CASE WHEN c.IsOpen = 0 THEN 1 ELSE 0 END) AS Resolved, SUM(CASE WHEN c.IsMet = 1 THEN 1 ELSE 0 END) AS Met
    FROM dw.FactSlaClock AS c
    INNER JOIN dw.DimDate AS d ON d.DateKey = c.StartedDateKey
    GROUP BY d.YearMonth
),
Created AS
(
    SELECT d.YearMonth, COUNT(*) AS Opportunities, SUM(o.Amount) AS Pipeline
    FROM dw.FactOpportunity AS o
    INNER JOIN dw.DimDate AS d ON d.DateKey = o.CreatedDateKey
    WHERE o.IsDeleted = 0
    GROUP BY d.YearMonth
),
Won AS
(
    SELECT
        d.YearMonth,
        SUM(o.WonAmount) AS Bookings,
        SUM(CASE WHEN o.TypeCategory = 'New' THEN o.WonAmount END) AS NewBusinessBookings,
        SUM(CASE WHEN o.IsNewCustomer = 1 THEN 1 ELSE 0 END) AS NewCustomers
    FROM dw.FactOpportunity AS o
    INNER JOIN dw.DimDate AS d ON d.DateKey = o.WonDateKey
    WHERE o.IsDeleted = 0
    GROUP BY d.YearMonth
),
OpenPipeline AS
(
    SELECT d.YearMonth, SUM(s.Amount) AS OpenPipeline
    FROM dw.FactPipelineSnapshot AS s
    INNER JOIN dw.DimDate AS d ON d.DateKey = s.SnapshotDateKey
    WHERE s.IsMonthEnd = 1
    GROUP BY d.YearMonth
),
Cost AS
(
    SELECT d.YearMonth, SUM(f.ActualCost) AS Cost
    FROM dw.FactCampaignCost AS f
    INNER JOIN dw.DimDate AS d ON d.DateKey = f.MonthStartDateKey
    GROUP BY d.YearMonth
),
Acquired AS
(
    SELECT d.YearMonth, AVG(v.PredictedClv) AS AvgPredictedClv
    FROM dw.FactCustomerLifetimeValue AS v
    INNER JOIN dw.DimDate AS d ON d.DateKey = v.FirstWonDateKey
    WHERE v.IsNewCustomer = 1
    GROUP BY d.YearMonth
),
Period AS
(
    SELECT YearMonth FROM Funnel
    UNION SELECT YearMonth FROM Created
    UNION SELECT YearMonth FROM Won
    UNION SELECT YearMonth FROM Sla
)
SELECT
    CAST(m.YearMonth AS int) AS YearMonth,
    CAST(COALESCE(f.Leads, 0) AS int) AS Leads,
    CAST(COALESCE(f.Mqls, 0) AS int) AS Mqls,
    CAST(COALESCE(f.Sals, 0) AS int) AS Sals,
    CAST(COALESCE(f.Sqls, 0) AS int) AS Sqls,
    CAST(CAST(s.Met AS decimal(18,4)) / NULLIF(s.Resolved, 0) AS decimal(9,4)) AS SlaComplianceRate,
    CAST(CAST(c.CohortMqls AS decimal(18,4)) / NULLIF(c.CohortLeads, 0) AS decimal(9,4)) AS CohortInquiryToMqlRate,
    CAST(CAST(c.CohortCustomers AS decimal(18,4)) / NULLIF(c.CohortLeads, 0) AS decimal(9,4)) AS CohortLeadToCustomerRate,
    CAST(COALESCE(o.Opportunities, 0) AS int) AS OpportunitiesCreated,
    CAST(COALESCE(o.Pipeline, 0) AS decimal(19,4)) AS PipelineCreated,
    CAST(p.OpenPipeline AS decimal(19,4)) AS OpenPipelineAtMonthEnd,
    CAST(COALESCE(w.Bookings, 0) AS decimal(19,4)) AS Bookings,
    CAST(COALESCE(w.NewBusinessBookings, 0) AS decimal(19,4)) AS NewBusinessBookings,
    CAST(COALESCE(w.NewCustomers, 0) AS int) AS NewCustomers,
    CAST(COALESCE(k.Cost, 0) AS decimal(19,4)) AS MarketingCost,
    CAST(CAST(COALESCE(k.Cost, 0) AS decimal(19,4)) / NULLIF(w.NewCustomers, 0) AS decimal(19,4)) AS Cac,
    CAST(a.AvgPredictedClv AS decimal(19,4)) AS AvgPredictedClvOfNewCustomers,
    CAST(CAST(a.AvgPredictedClv * w.NewCustomers AS decimal(19,4)) / NULLIF(k.Cost, 0) AS decimal(9,4)) AS ClvToCac
FROM Period AS m
LEFT JOIN Funnel AS f ON f.YearMonth = m.YearMonth
LEFT JOIN Cohort AS c ON c.YearMonth = m.YearMonth
LEFT JOIN Sla AS s ON s.YearMonth = m.YearMonth
LEFT JOIN Created AS o ON o.YearMonth = m.YearMonth
LEFT JOIN Won AS w ON w.YearMonth = m.YearMonth
LEFT JOIN OpenPipeline AS p ON p.YearMonth = m.YearMonth
LEFT JOIN Cost AS k ON k.YearMonth = m.YearMonth
LEFT JOIN Acquired AS a ON a.YearMonth = m.YearMonth;
