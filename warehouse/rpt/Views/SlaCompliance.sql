-- One row per month of the clock's start x owner rep (version) x SLA rule: clocks, outcomes, compliance and business hours to resolve.
-- ComplianceRate = met / resolved (open clocks excluded); ComplianceRateIncludingOpen counts open clocks already past due as breached.
-- Columns:
--   YearMonth: Month (yyyymm) the clocks started.
--   RepName: The lead owner when the clock started (that rep version).
--   Team: Team of that rep version.
--   ManagerName: Manager of that rep version.
--   SlaRuleName: The SLA rule.
--   TargetBusinessHours: The rule's target in business hours; not additive.
--   Clocks: SLA clocks started in the month.
--   Met: Of those, clocks resolved within the target.
--   Breached: Of those, clocks resolved after the target (or with no touch).
--   OpenClocks: Of those, clocks still open at the as-of instant.
--   OpenOverdue: Of the open clocks, those already past due.
--   ComplianceRate: Met / resolved clocks (open clocks left out), a ratio 0-1; not additive.
--   ComplianceRateIncludingOpen: Met / (resolved + open past-due clocks), counting open past-due clocks as breached, a ratio
--     0-1; not additive.
--   AvgBusinessHoursToResolve: Average business hours from start to resolution of the resolved clocks; not additive.
--   MedianBusinessHoursToResolve: Median business hours from start to resolution of the resolved clocks; not additive.
--   P90BusinessHoursToResolve: 90th percentile (nearest rank) of business hours to resolution of the resolved clocks; not
--     additive.
CREATE VIEW rpt.SlaCompliance
AS
WITH Clock AS
(
    SELECT
        d.YearMonth,
        c.OwnerRepKey,
        c.SlaRuleKey,
        c.IsMet,
        c.IsBreached,
        c.IsOpen,
        c.IsOpenOverdue,
        c.ElapsedBusinessHours,
        ROW_NUMBER() OVER (PARTITION BY d.YearMonth, c.OwnerRepKey, c.SlaRuleKey, c.IsOpen ORDER BY c.ElapsedBusinessHours) AS HoursRank,
        SUM(CASE WHEN c.IsOpen = 0 THEN 1 ELSE 0 END) OVER (PARTITION BY d.YearMonth, c.OwnerRepKey, c.SlaRuleKey) AS ResolvedCount
    FROM dw.FactSlaClock AS c
    INNER JOIN dw.DimDate AS d ON d.DateKey = c.StartedDateKey
)
SELECT
    CAST(k.YearMonth AS int) AS YearMonth,
    r.RepKey,
    r.RepName,
    r.Team,
    r.ManagerName,
    s.SlaRuleKey,
    s.SlaRuleName,
    s.TargetBusinessHours,
    CAST(COUNT(*) AS int) AS Clocks,
    CAST(SUM(CASE WHEN k.IsMet = 1 THEN 1 ELSE 0 END) AS int) AS Met,
    CAST(SUM(CASE WHEN k.IsBreached = 1 THEN 1 ELSE 0 END) AS int) AS Breached,
    CAST(SUM(CASE WHEN k.IsOpen = 1 THEN 1 ELSE 0 END) AS int) AS OpenClocks,
    CAST(SUM(CASE WHEN k.IsOpenOverdue = 1 THEN 1 ELSE 0 END) AS int) AS OpenOverdue,
    CAST(CAST(SUM(CASE WHEN k.IsMet = 1 THEN 1 ELSE 0 END) AS decimal(18,4))
        / NULLIF(SUM(CASE WHEN k.IsOpen = 0 THEN 1 ELSE 0 END), 0) AS decimal(9,4)) AS ComplianceRate,
    CAST(CAST(SUM(CASE WHEN k.IsMet = 1 THEN 1 ELSE 0 END) AS decimal(18,4))
        / NULLIF(SUM(CASE WHEN k.IsOpen = 0 OR k.IsOpenOverdue = 1 THEN 1 ELSE 0 END), 0) AS decimal(9,4)) AS ComplianceRateIncludingOpen,
    CAST(AVG(CASE WHEN k.IsOpen = 0 THEN k.ElapsedBusinessHours END) AS decimal(12,2)) AS AvgBusinessHoursToResolve,
    CAST(AVG(CASE WHEN k.IsOpen = 0 AND k.HoursRank IN (FLOOR((k.ResolvedCount + 1) / 2.0), CEILING((k.ResolvedCount + 1) / 2.0))
        THEN k.ElapsedBusinessHours END) AS decimal(12,2)) AS MedianBusinessHoursToResolve,
    CAST(MAX(CASE WHEN k.IsOpen = 0 AND k.HoursRank = CEILING(0.9 * k.ResolvedCount) THEN k.ElapsedBusinessHours END) AS decimal(12,2)) AS P90BusinessHoursToResolve
FROM Clock AS k
INNER JOIN dw.DimRep AS r ON r.RepKey = k.OwnerRepKey
INNER JOIN dw.DimSlaRule AS s ON s.SlaRuleKey = k.SlaRuleKey
GROUP BY k.YearMonth, r.RepKey, r.RepName, r.Team, r.ManagerName, s.SlaRuleKey, s.SlaRuleName, s.TargetBusinessHours;
