-- One row per month the handoff SLA clock started x team of the owner then x persona x outcome (SAL, SQL, won): conversion of the
-- handed-off lead cycles whose handoff SLA was met vs breached (open clocks left out), the difference with a 95 % confidence
-- interval (normal approximation for two proportions), and on the won rows revenue at risk = breached x (met won rate - breached
-- won rate) x average won amount of lead-sourced opportunities. A correlation, not proof of cause: fast teams may also get the
-- better leads. Recent months have had less time to convert (both groups alike).
-- Columns:
--   YearMonth: Month (yyyymm) the handoff SLA clocks started.
--   Team: Team of the lead owner when the clock started.
--   PersonaName: Persona of the lead.
--   OutcomeOrder: 1 = SAL, 2 = SQL, 3 = won, for sorting.
--   Outcome: The stage the conversion is to: SAL, SQL or Won; filter one before adding up.
--   MetLeads: Handed-off lead cycles whose handoff SLA was met.
--   MetConverted: Of those, cycles that reached the outcome.
--   BreachedLeads: Handed-off lead cycles whose handoff SLA was breached.
--   BreachedConverted: Of those, cycles that reached the outcome.
--   MetRate: MetConverted / MetLeads, a ratio 0-1; not additive.
--   BreachedRate: BreachedConverted / BreachedLeads, a ratio 0-1; not additive.
--   RateDifference: MetRate - BreachedRate; not additive.
--   DifferenceLow: Lower end of the 95 % confidence interval of the difference; not additive.
--   DifferenceHigh: Upper end of the 95 % confidence interval of the difference; not additive.
--   AverageWonAmount: Average won amount of lead-sourced won opportunities (all time), in the reporting currency; won rows only.
--   RevenueAtRisk: BreachedLeads x RateDifference x AverageWonAmount, in the reporting currency; won rows only.
CREATE VIEW rpt.SlaRevenueImpact
AS
WITH Clock AS
(
    SELECT
        d.YearMonth,
        r.Team,
        c.PersonaKey,
        c.IsMet,
        CASE WHEN f.SalDateKey IS NOT NULL THEN 1 ELSE 0 END AS ReachedSal,
        CASE WHEN f.SqlDateKey IS NOT NULL THEN 1 ELSE 0 END AS ReachedSql,
        CASE WHEN f.WonDateKey IS NOT NULL THEN 1 ELSE 0 END AS ReachedWon
    FROM dw.FactSlaClock AS c
    INNER JOIN dw.DimSlaRule AS s ON s.SlaRuleKey = c.SlaRuleKey AND s.SlaRole = 'handoff'
    INNER JOIN dw.DimDate AS d ON d.DateKey = c.StartedDateKey
    INNER JOIN dw.DimRep AS r ON r.RepKey = c.OwnerRepKey
    LEFT JOIN dw.FactLeadFunnel AS f ON f.LeadKey = c.LeadKey AND f.CycleNumber = c.CycleNumber
    WHERE c.IsOpen = 0
),
Outcome AS
(
    SELECT k.YearMonth, k.Team, k.PersonaKey, 1 AS OutcomeOrder, 'SAL' AS Outcome, k.IsMet, k.ReachedSal AS Converted FROM Clock AS k
    UNION ALL
    SELECT k.YearMonth, k.Team, k.PersonaKey, 2, 'SQL', k.IsMet, k.ReachedSql FROM Clock AS k
    UNION ALL
    SELECT k.YearMonth, k.Team, k.PersonaKey, 3, 'Won', k.IsMet, k.ReachedWon FROM Clock AS k
),
Grouped AS
(
    SELECT
        o.YearMonth, o.Team, o.PersonaKey, o.OutcomeOrder, o.Outcome,
        SUM(CASE WHEN o.IsMet = 1 THEN 1 ELSE 0 END) AS MetLeads,
        SUM(CASE WHEN o.IsMet = 1 THEN o.Converted ELSE 0 END) AS MetConverted,
        SUM(CASE WHEN o.IsMet = 0 THEN 1 ELSE 0 END) AS BreachedLeads,
        SUM(CASE WHEN o.IsMet = 0 THEN o.Converted ELSE 0 END) AS BreachedConverted
    FROM Outcome AS o
    GROUP BY o.YearMonth, o.Team, o.PersonaKey, o.OutcomeOrder, o.Outcome
),
Rated AS
(
    SELECT
        g.YearMonth, g.Team, g.PersonaKey, g.OutcomeOrder, g.Outcome, g.MetLeads, g.MetConverted, g.BreachedLeads, g.BreachedConverted,
        CAST(g.MetConverted AS decimal(18,6)) / NULLIF(g.MetLeads, 0) AS MetRate,
        CAST(g.BreachedConverted AS decimal(18,6)) / NULLIF(g.BreachedLeads, 0) AS BreachedRate
    FROM Grouped AS g
),
AverageWon AS
(
    SELECT AVG(o.WonAmount) AS Amount
    FROM dw.FactOpportunity AS o
    WHERE o.IsWon = 1 AND o.IsDeleted = 0 AND o.LeadKey <> 0
)
SELECT
    CAST(r.YearMonth AS int) AS YearMonth,
    CAST(r.Team AS nvarchar(100)) AS Team,
    p.PersonaKey,
    p.PersonaName,
    CAST(r.OutcomeOrder AS int) AS OutcomeOrder,
    CAST(r.Outcome AS varchar(10)) AS Outcome,
    CAST(r.MetLeads AS int) AS MetLeads,
    CAST(r.MetConverted AS int) AS MetConverted,
    CAST(r.BreachedLeads AS int) AS BreachedLeads,
    CAST(r.BreachedConverted AS int) AS BreachedConverted,
    CAST(r.MetRate AS decimal(9,4)) AS MetRate,
    CAST(r.BreachedRate AS decimal(9,4)) AS BreachedRate,
    CAST(r.MetRate - r.BreachedRate AS decimal(9,4)) AS RateDifference,
    CAST(r.MetRate - r.BreachedRate - (1.96 * SQRT((CAST(r.MetRate * (1 - r.MetRate) AS decimal(18,6)) / NULLIF(r.MetLeads, 0))
        + (CAST(r.BreachedRate * (1 - r.BreachedRate) AS decimal(18,6)) / NULLIF(r.BreachedLeads, 0)))) AS decimal(9,4)) AS DifferenceLow,
    CAST(r.MetRate - r.BreachedRate + (1.96 * SQRT((CAST(r.MetRate * (1 - r.MetRate) AS decimal(18,6)) / NULLIF(r.MetLeads, 0))
        + (CAST(r.BreachedRate * (1 - r.BreachedRate) AS decimal(18,6)) / NULLIF(r.BreachedLeads, 0)))) AS decimal(9,4)) AS DifferenceHigh,
    CAST(CASE WHEN r.Outcome = 'Won' THEN a.Amount END AS decimal(19,4)) AS AverageWonAmount,
    CAST(CASE WHEN r.Outcome = 'Won' THEN r.BreachedLeads * (r.MetRate - r.BreachedRate) * a.Amount END AS decimal(19,4)) AS RevenueAtRisk
FROM Rated AS r
INNER JOIN dw.DimPersona AS p ON p.PersonaKey = r.PersonaKey
CROSS JOIN AverageWon AS a
;
