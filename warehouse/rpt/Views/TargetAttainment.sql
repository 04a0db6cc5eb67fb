-- One row per target of Targets.csv (month x team or rep x metric) with the actual and Attainment = actual / target.
-- Actuals: Leads = leads created; MQLs, SALs, SQLs = entries into a stage of that category; Opportunities and Pipeline = opportunities
-- created (count, amount); Bookings = won amount by CloseDate. A rep's actual counts the events it owned (the stage's owner at entry,
-- the opportunity's owner); a team's counts the events owned by reps who were on that team (User.Department) at the time.
-- Metrics without a definition have no actual.
-- Columns:
--   YearMonth: Target month as yyyymm; not additive.
--   TargetLevel: Team or Rep: never add the two levels together.
--   TargetFor: The team (User.Department) or the rep's Salesforce user id the target is for.
--   Metric: Leads, MQLs, SALs, SQLs, Opportunities, Pipeline or Bookings.
--   Team: The team of the target (a rep target: the rep's team at the month's start).
--   RepName: The rep of a rep target; Unknown for team targets.
--   TargetValue: The committed count, or amount in the reporting currency.
--   ActualValue: What happened in the month, by the metric's definition (docs/METRICS.md); empty for metrics without one.
--   Attainment: Actual / target (a fraction; 1 = 100 %).
CREATE VIEW rpt.TargetAttainment
AS
WITH Actual AS
(
    SELECT
        d.YearMonth,
        CASE WHEN h.SequenceNumber = 1 THEN 'Leads' WHEN s.Category = 'MQL' THEN 'MQLs' WHEN s.Category = 'SAL' THEN 'SALs' ELSE 'SQLs' END AS Metric,
        h.OwnerRepKey AS RepKey,
        CAST(1 AS decimal(19,4)) AS Value
    FROM dw.FactStageHistory AS h
    INNER JOIN dw.DimStage AS s ON s.StageKey = h.StageKey
    INNER JOIN dw.DimDate AS d ON d.DateKey = h.EnteredDateKey
    WHERE h.SequenceNumber = 1 OR s.Category = 'MQL' OR s.Category = 'SAL' OR s.Category = 'SQL'
    UNION ALL
    SELECT d.YearMonth, 'Opportunities', o.OwnerRepKey, CAST(1 AS decimal(19,4))
    FROM dw.FactOpportunity AS o
    INNER JOIN dw.DimDate AS d ON d.DateKey = o.CreatedDateKey
    WHERE o.IsDeleted = 0
    UNION ALL
    SELECT d.YearMonth, 'Pipeline', o.OwnerRepKey, CAST(COALESCE(o.Amount, 0) AS decimal(19,4))
    FROM dw.FactOpportunity AS o
    INNER JOIN dw.DimDate AS d ON d.DateKey = o.CreatedDateKey
    WHERE o.IsDeleted = 0
    UNION ALL
    SELECT d.YearMonth, 'Bookings', o.OwnerRepKey, o.WonAmount
    FROM dw.FactOpportunity AS o
    INNER JOIN dw.DimDate AS d ON d.DateKey = o.WonDateKey
    WHERE o.IsDeleted = 0
),
ByTarget AS
(
    -- Actuals summed per target key: a rep's events under its user id, a team's under the team; the level is part of the join
    -- key, so both joins below are equalities (a hash join, not a comparison of every target with every actual).
    SELECT a.YearMonth, a.Metric, 'Rep' AS TargetLevel, r.SalesforceUserId AS TargetFor, SUM(a.Value) AS Value
    FROM Actual AS a
    INNER JOIN dw.DimRep AS r ON r.RepKey = a.RepKey
    GROUP BY a.YearMonth, a.Metric, r.SalesforceUserId
    UNION ALL
    SELECT a.YearMonth, a.Metric, 'Team', r.Team, SUM(a.Value)
    FROM Actual AS a
    INNER JOIN dw.DimRep AS r ON r.RepKey = a.RepKey
    GROUP BY a.YearMonth, a.Metric, r.Team
),
Target AS
(
    SELECT
        t.TargetKey,
        t.MonthStartDateKey,
        d.YearMonth,
        t.TargetLevel,
        t.TargetFor,
        t.Metric,
        t.Team,
        t.RepKey,
        t.TargetValue,
        CASE WHEN t.Metric = 'Leads' OR t.Metric = 'MQLs' OR t.Metric = 'SALs' OR t.Metric = 'SQLs' OR t.Metric = 'Opportunities'
            OR t.Metric = 'Pipeline' OR t.Metric = 'Bookings' THEN 1 ELSE 0 END AS HasActual
    FROM dw.FactTarget AS t
    INNER JOIN dw.DimDate AS d ON d.DateKey = t.MonthStartDateKey
)
SELECT
    t.TargetKey,
    t.MonthStartDateKey,
    CAST(t.YearMonth AS int) AS YearMonth,
    t.TargetLevel,
    t.TargetFor,
    t.Metric,
    t.Team,
    t.RepKey,
    rp.RepName,
    t.TargetValue,
    CAST(CASE WHEN t.HasActual = 0 THEN NULL ELSE COALESCE(b.Value, 0) END AS decimal(19,4)) AS ActualValue,
    CAST(CAST(CASE WHEN t.HasActual = 0 THEN NULL ELSE COALESCE(b.Value, 0) END AS decimal(19,4))
        / NULLIF(t.TargetValue, 0) AS decimal(9,4)) AS Attainment
FROM Target AS t
INNER JOIN dw.DimRep AS rp ON rp.RepKey = t.RepKey
LEFT JOIN ByTarget AS b
    ON b.TargetLevel = t.TargetLevel AND b.TargetFor = t.TargetFor AND b.YearMonth = t.YearMonth AND b.Metric = t.Metric;
