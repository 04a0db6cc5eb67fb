-- One row per month the deals closed (the expected close month while open) x segment x buying-group coverage band, over
-- new-business opportunities (dw.FactBuyingGroupCoverage): how many, won and lost, win rate and sales cycle by how complete the
-- buying group was (the configuration's required roles per segment, engaged within the window before the close).
-- Columns:
--   CloseYearMonth: Month (yyyymm) the deals closed; for open deals the month of their expected close date.
--   Segment: Segment of the deals' accounts (company size band), which selects the roles a complete group needs.
--   CoverageBand: Share of the required roles engaged: 100%, 75-99%, 50-74%, 25-49%, 0-24%, or No contact roles.
--   CoverageBandOrder: Sort order of the band: 0 No contact roles, 1 (0-24%) .. 5 (100%).
--   Opportunities: New-business opportunities in the band.
--   OpenOpportunities: Of those, still open.
--   ClosedOpportunities: Of those, closed (won or lost).
--   WonOpportunities: Of those, won.
--   WinRate: WonOpportunities / ClosedOpportunities; empty without a closed deal; not additive.
--   WonCycleDaysTotal: Sum of the won deals' days from creation to close; additive.
--   AvgWonCycleDays: WonCycleDaysTotal / WonOpportunities (sales cycle length of won deals); not additive.
--   ClosedCycleDaysTotal: Sum of the closed deals' days from creation to close, won or lost; additive.
--   AvgClosedCycleDays: ClosedCycleDaysTotal / ClosedOpportunities; not additive.
--   RequiredRolesTotal: Sum of the roles the deals' groups required; additive.
--   RolesPresentTotal: Sum of the required roles held by a contact on the deal; additive.
--   RolesEngagedTotal: Sum of the required roles engaged inside the window; additive.
--   CoverageRate: RolesEngagedTotal / RequiredRolesTotal; not additive.
--   CompleteGroups: Deals whose every required role was engaged.
--   DaysToCompleteTotal: Sum of the days from creation until the group was complete, over CompleteGroups; additive.
--   AvgDaysToCompleteGroup: DaysToCompleteTotal / CompleteGroups; not additive.
CREATE VIEW rpt.BuyingGroupCoverage
AS
WITH Deal AS
(
    SELECT
        f.Segment,
        f.CoverageBand,
        f.CoverageBandOrder,
        CASE WHEN f.IsClosed = 1 THEN 1 ELSE 0 END AS Closed,
        CASE WHEN f.IsWon = 1 THEN 1 ELSE 0 END AS Won,
        CASE WHEN f.IsGroupComplete = 1 THEN 1 ELSE 0 END AS Complete,
        CASE WHEN f.IsWon = 1 THEN f.CycleDays END AS WonCycleDays,
        CASE WHEN f.IsClosed = 1 THEN f.CycleDays END AS ClosedCycleDays,
        f.RequiredRoles,
        f.RolesPresent,
        f.RolesEngaged,
        f.DaysToCompleteGroup,
        CASE WHEN f.IsClosed = 1 THEN f.WindowEndDateKey ELSE COALESCE(o.CloseDateKey, f.WindowEndDateKey) END AS CloseDateKey
    FROM dw.FactBuyingGroupCoverage AS f
    INNER JOIN dw.FactOpportunity AS o ON o.SalesforceOpportunityId = f.SalesforceOpportunityId
),
Band AS
(
    SELECT
        d.YearMonth,
        x.Segment,
        x.CoverageBand,
        x.CoverageBandOrder,
        COUNT(*) AS Opportunities,
        SUM(x.Closed) AS ClosedOpportunities,
        SUM(x.Won) AS WonOpportunities,
        COALESCE(SUM(x.WonCycleDays), 0) AS WonCycleDaysTotal,
        COALESCE(SUM(x.ClosedCycleDays), 0) AS ClosedCycleDaysTotal,
        SUM(x.RequiredRoles) AS RequiredRolesTotal,
        SUM(x.RolesPresent) AS RolesPresentTotal,
        SUM(x.RolesEngaged) AS RolesEngagedTotal,
        SUM(x.Complete) AS CompleteGroups,
        COALESCE(SUM(x.DaysToCompleteGroup), 0) AS DaysToCompleteTotal
    FROM Deal AS x
    INNER JOIN dw.DimDate AS d ON d.DateKey = x.CloseDateKey
    GROUP BY d.YearMonth, x.Segment, x.CoverageBand, x.CoverageBandOrder
)
SELECT
    CAST(b.YearMonth AS int) AS CloseYearMonth,
    CAST(b.Segment AS varchar(20)) AS Segment,
    CAST(b.CoverageBand AS varchar(20)) AS CoverageBand,
    CAST(b.CoverageBandOrder AS smallint) AS CoverageBandOrder,
    CAST(b.Opportunities AS int) AS Opportunities,
    CAST(b.Opportunities - b.ClosedOpportunities AS int) AS OpenOpportunities,
    CAST(b.ClosedOpportunities AS int) AS ClosedOpportunities,
    CAST(b.WonOpportunities AS int) AS WonOpportunities,
    CAST(CAST(b.WonOpportunities AS decimal(18,4)) / CAST(NULLIF(b.ClosedOpportunities, 0) AS decimal(18,4)) AS decimal(9,4))
        AS WinRate,
    CAST(b.WonCycleDaysTotal AS decimal(12,2)) AS WonCycleDaysTotal,
    CAST(CAST(b.WonCycleDaysTotal AS decimal(18,4)) / CAST(NULLIF(b.WonOpportunities, 0) AS decimal(18,4)) AS decimal(9,2))
        AS AvgWonCycleDays,
    CAST(b.ClosedCycleDaysTotal AS decimal(12,2)) AS ClosedCycleDaysTotal,
    CAST(CAST(b.ClosedCycleDaysTotal AS decimal(18,4)) / CAST(NULLIF(b.ClosedOpportunities, 0) AS decimal(18,4)) AS decimal(9,2))
        AS AvgClosedCycleDays,
    CAST(b.RequiredRolesTotal AS int) AS RequiredRolesTotal,
    CAST(b.RolesPresentTotal AS int) AS RolesPresentTotal,
    CAST(b.RolesEngagedTotal AS int) AS RolesEngagedTotal,
    CAST(CAST(b.RolesEngagedTotal AS decimal(18,4)) / CAST(NULLIF(b.RequiredRolesTotal, 0) AS decimal(18,4)) AS decimal(9,4))
        AS CoverageRate,
    CAST(b.CompleteGroups AS int) AS CompleteGroups,
    CAST(b.DaysToCompleteTotal AS int) AS DaysToCompleteTotal,
    CAST(CAST(b.DaysToCompleteTotal AS decimal(18,4)) / CAST(NULLIF(b.CompleteGroups, 0) AS decimal(18,4)) AS decimal(9,2))
        AS AvgDaysToCompleteGroup
FROM Band AS b;
