-- One row per rep (all versions of the Salesforce user, named as now) x month. Opportunities are counted in the month they were
-- created or closed (CloseDate), SLA clocks in the month they started. WinRate = won / closed; BidToWinRate = won / closed
-- opportunities that reached the configured bid stage (bidStage) or a later one; AvgCycleDaysWon = created to won;
-- Bookings = won amount (every type); SlaComplianceRate = clocks met / clocks resolved, every SLA rule.
-- Columns:
--   YearMonth: Calendar month (yyyymm).
--   SalesforceUserId: Salesforce id of the rep (all versions of the user together).
--   RepName: The rep's name now.
--   Team: The rep's team now.
--   ManagerName: The rep's manager now.
--   OpportunitiesCreated: Opportunities the rep owns that were created in the month.
--   PipelineCreated: Amount of those opportunities, in the reporting currency.
--   ClosedOpportunities: Opportunities the rep owns that closed (won or lost) in the month, by CloseDate.
--   WonOpportunities: Of those, the won ones.
--   BidStageOpportunities: Of the closed ones, those that reached the bid stage (bidStage) or a later one.
--   WinRate: WonOpportunities / ClosedOpportunities, a ratio 0-1; not additive.
--   BidToWinRate: Won opportunities that reached the bid stage / BidStageOpportunities, a ratio 0-1; not additive.
--   AvgCycleDaysWon: Average calendar days from creation to close of the won opportunities; not additive.
--   Bookings: Won amount of every type closed in the month, in the reporting currency.
--   NewBusinessBookings: Won amount of the New opportunities closed in the month, in the reporting currency.
--   SlaClocksResolved: SLA clocks of the rep started in the month and resolved, every SLA rule.
--   SlaClocksMet: Of those clocks, the ones met.
--   SlaComplianceRate: SlaClocksMet / SlaClocksResolved, a ratio 0-1; not additive.
CREATE VIEW rpt.RepScorecard
AS
WITH Created AS
(
    SELECT r.SalesforceUserId, d.YearMonth, COUNT(*) AS OpportunitiesCreated, SUM(o.Amount) AS PipelineCreated
    FROM dw.FactOpportunity AS o
    INNER JOIN dw.DimRep AS r ON r.RepKey = o.OwnerRepKey
    INNER JOIN dw.DimDate AS d ON d.DateKey = o.CreatedDateKey
    WHERE o.IsDeleted = 0
    GROUP BY r.SalesforceUserId, d.YearMonth
),
Closed AS
(
    SELECT
        r.SalesforceUserId,
        d.YearMonth,
        COUNT(*) AS ClosedOpportunities,
        SUM(CASE WHEN o.IsWon = 1 THEN 1 ELSE 0 END) AS WonOpportunities,
        SUM(CASE WHEN o.ReachedBidStage = 1 THEN 1 ELSE 0 END) AS BidStageOpportunities,
        SUM(CASE WHEN o.IsWon = 1 AND o.ReachedBidStage = 1 THEN 1 ELSE 0 END) AS WonAfterBid,
        AVG(CASE WHEN o.IsWon = 1 THEN o.CycleDays END) AS AvgCycleDaysWon,
        SUM(o.WonAmount) AS Bookings,
        SUM(CASE WHEN o.TypeCategory = 'New' THEN o.WonAmount END) AS NewBusinessBookings
    FROM dw.FactOpportunity AS o
    INNER JOIN dw.DimRep AS r ON r.RepKey = o.OwnerRepKey
    INNER JOIN dw.DimDate AS d ON d.DateKey = o.ClosedDateKey
    WHERE o.IsDeleted = 0 AND o.IsClosed = 1
    GROUP BY r.SalesforceUserId, d.YearMonth
),
Sla AS
(
    SELECT
        r.SalesforceUserId,
        d.YearMonth,
        SUM(CASE WHEN c.IsOpen = 0 THEN 1 ELSE 0 END) AS ClocksResolved,
        SUM(CASE WHEN c.IsMet = 1 THEN 1 ELSE 0 END) AS ClocksMet
    FROM dw.FactSlaClock AS c
    INNER JOIN dw.DimRep AS r ON r.RepKey = c.OwnerRepKey
    INNER JOIN dw.DimDate AS d ON d.DateKey = c.StartedDateKey
    GROUP BY r.SalesforceUserId, d.YearMonth
),
RepMonth AS
(
    SELECT SalesforceUserId, YearMonth FROM Created
    UNION
    SELECT SalesforceUserId, YearMonth FROM Closed
    UNION
    SELECT SalesforceUserId, YearMonth FROM Sla
)
SELECT
    CAST(k.YearMonth AS int) AS YearMonth,
    r.RepKey,
    r.SalesforceUserId,
    r.RepName,
    r.Team,
    r.ManagerName,
    CAST(COALESCE(cr.OpportunitiesCreated, 0) AS int) AS OpportunitiesCreated,
    CAST(COALESCE(cr.PipelineCreated, 0) AS decimal(19,4)) AS PipelineCreated,
    CAST(COALESCE(cl.ClosedOpportunities, 0) AS int) AS ClosedOpportunities,
    CAST(COALESCE(cl.WonOpportunities, 0) AS int) AS WonOpportunities,
    CAST(COALESCE(cl.BidStageOpportunities, 0) AS int) AS BidStageOpportunities,
    CAST(CAST(cl.WonOpportunities AS decimal(18,4)) / NULLIF(cl.ClosedOpportunities, 0) AS decimal(9,4)) AS WinRate,
    CAST(CAST(cl.WonAfterBid AS decimal(18,4)) / NULLIF(cl.BidStageOpportunities, 0) AS decimal(9,4)) AS BidToWinRate,
    CAST(cl.AvgCycleDaysWon AS decimal(9,2)) AS AvgCycleDaysWon,
    CAST(COALESCE(cl.Bookings, 0) AS decimal(19,4)) AS Bookings,
    CAST(COALESCE(cl.NewBusinessBookings, 0) AS decimal(19,4)) AS NewBusinessBookings,
    CAST(COALESCE(s.ClocksResolved, 0) AS int) AS SlaClocksResolved,
    CAST(COALESCE(s.ClocksMet, 0) AS int) AS SlaClocksMet,
    CAST(CAST(s.ClocksMet AS decimal(18,4)) / NULLIF(s.ClocksResolved, 0) AS decimal(9,4)) AS SlaComplianceRate
FROM RepMonth AS k
INNER JOIN dw.DimRep AS r ON r.SalesforceUserId = k.SalesforceUserId AND r.IsCurrent = 1
LEFT JOIN Created AS cr ON cr.SalesforceUserId = k.SalesforceUserId AND cr.YearMonth = k.YearMonth
LEFT JOIN Closed AS cl ON cl.SalesforceUserId = k.SalesforceUserId AND cl.YearMonth = k.YearMonth
LEFT JOIN Sla AS s ON s.SalesforceUserId = k.SalesforceUserId AND s.YearMonth = k.YearMonth;
