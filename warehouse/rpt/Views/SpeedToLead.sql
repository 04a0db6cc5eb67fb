-- One row per month of the handoff x owner rep (version): speed to lead = business hours from handoff to the owner's first sales touch
-- (clocks of the rule with role speedToLead). Touched = clocks stopped by a first touch; the average and median are over those only.
-- NoTouch = clocks closed because the lead left the cycle (recycled, disqualified, closed) untouched; their wait is reported apart.
-- Columns:
--   YearMonth: Month (yyyymm) of the handoff (the clock's start).
--   RepName: The lead owner at the handoff (that rep version).
--   Team: Team of that rep version.
--   ManagerName: Manager of that rep version.
--   SlaRuleName: The SLA rule with role speedToLead.
--   TargetBusinessHours: The rule's target in business hours; not additive.
--   Handoffs: Speed-to-lead clocks started (handoffs) in the month.
--   Touched: Of those, clocks stopped by the owner's first sales touch.
--   NotYetTouched: Of those, clocks still open at the as-of instant.
--   UntouchedPastTarget: Of the open clocks, those already past the target.
--   AvgBusinessHoursToFirstTouch: Average business hours from handoff to first touch, touched clocks only; not additive.
--   MedianBusinessHoursToFirstTouch: Median business hours from handoff to first touch, touched clocks only; not additive.
--   WithinTargetRate: Clocks met / clocks resolved (touched or not), a ratio 0-1; not additive.
--   NoTouch: Clocks closed because the lead left the cycle (recycled, disqualified, closed) untouched.
--   AvgBusinessHoursWaitedNoTouch: Average business hours those untouched leads waited; not additive.
CREATE VIEW rpt.SpeedToLead
AS
WITH Touch AS
(
    SELECT
        d.YearMonth,
        c.OwnerRepKey,
        c.SlaRuleKey,
        c.IsMet,
        c.IsOpen,
        c.IsOpenOverdue,
        c.ElapsedBusinessHours,
        CASE WHEN c.Resolution = 'First touch' THEN 1 ELSE 0 END AS IsTouched,
        CASE WHEN c.Resolution = 'No touch' THEN 1 ELSE 0 END AS IsNoTouch,
        ROW_NUMBER() OVER (PARTITION BY d.YearMonth, c.OwnerRepKey, c.SlaRuleKey, CASE WHEN c.Resolution = 'First touch' THEN 1 ELSE 0 END
            ORDER BY c.ElapsedBusinessHours) AS HoursRank,
        SUM(CASE WHEN c.Resolution = 'First touch' THEN 1 ELSE 0 END) OVER (PARTITION BY d.YearMonth, c.OwnerRepKey, c.SlaRuleKey) AS TouchedCount
    FROM dw.FactSlaClock AS c
    INNER JOIN dw.DimSlaRule AS s ON s.SlaRuleKey = c.SlaRuleKey
    INNER JOIN dw.DimDate AS d ON d.DateKey = c.StartedDateKey
    WHERE COALESCE(s.SlaRole, '') = 'speedToLead'
)
SELECT
    CAST(t.YearMonth AS int) AS YearMonth,
    r.RepKey,
    r.RepName,
    r.Team,
    r.ManagerName,
    s.SlaRuleName,
    s.TargetBusinessHours,
    CAST(COUNT(*) AS int) AS Handoffs,
    CAST(SUM(t.IsTouched) AS int) AS Touched,
    CAST(SUM(CASE WHEN t.IsOpen = 1 THEN 1 ELSE 0 END) AS int) AS NotYetTouched,
    CAST(SUM(CASE WHEN t.IsOpenOverdue = 1 THEN 1 ELSE 0 END) AS int) AS UntouchedPastTarget,
    CAST(AVG(CASE WHEN t.IsTouched = 1 THEN t.ElapsedBusinessHours END) AS decimal(12,2)) AS AvgBusinessHoursToFirstTouch,
    CAST(AVG(CASE WHEN t.IsTouched = 1 AND t.HoursRank IN (FLOOR((t.TouchedCount + 1) / 2.0), CEILING((t.TouchedCount + 1) / 2.0))
        THEN t.ElapsedBusinessHours END) AS decimal(12,2)) AS MedianBusinessHoursToFirstTouch,
    CAST(CAST(SUM(CASE WHEN t.IsMet = 1 THEN 1 ELSE 0 END) AS decimal(18,4))
        / NULLIF(SUM(CASE WHEN t.IsOpen = 0 THEN 1 ELSE 0 END), 0) AS decimal(9,4)) AS WithinTargetRate,
    CAST(SUM(t.IsNoTouch) AS int) AS NoTouch,
    CAST(AVG(CASE WHEN t.IsNoTouch = 1 THEN t.ElapsedBusinessHours END) AS decimal(12,2)) AS AvgBusinessHoursWaitedNoTouch
FROM Touch AS t
INNER JOIN dw.DimRep AS r ON r.RepKey = t.OwnerRepKey
INNER JOIN dw.DimSlaRule AS s ON s.SlaRuleKey = t.SlaRuleKey
GROUP BY t.YearMonth, r.RepKey, r.RepName, r.Team, r.ManagerName, s.SlaRuleName, s.TargetBusinessHours;
