-- One row per lookback (6, 12 or 24 months) x month of a team bookings target x team x funnel stage: the reverse waterfall.
-- Wins needed = target / average won deal size; each earlier stage needs the wins / the product of the trailing cohort
-- conversion rates from it to won, and is placed the summed median stage-to-stage lags before the target month. Rates, lags and
-- deal size are the company's own, from lead funnel cycles whose stage was entered in the lookback months before the as-of month
-- (recent cohorts have had less time to convert: choose a longer lookback when the sales cycle is long). Required vs actual (stage
-- entries in the plan month) vs in flight (open cycles expected to arrive then at the same rates); the funnel before the
-- opportunity is not owned by the bookings team, so actual and in-flight volumes are company-wide, shared in proportion to the
-- team's share of that month's bookings target. Band: each rate's Beta(converted + 1, not converted + 1) posterior, its log
-- variance by the delta method, summed over the stages to won, and a log-normal P10/P90 (docs/METRICS.md).
-- Columns:
--   LookbackMonths: Months of history the rates, lags and deal size come from (6, 12 or 24); filter one before adding up.
--   TargetYearMonth: Month (yyyymm) of the bookings target the row works back from.
--   Team: The team of the bookings target (Targets.csv).
--   StageOrder: Position of the stage in the funnel, 1 = inquiries .. 6 = wins, for sorting.
--   StageName: Inquiries, MQLs, SALs, SQLs, Opportunities or Wins.
--   PlanYearMonth: Month (yyyymm) the stage's volume must happen in: the target month less the median lags to won.
--   MonthsBeforeWin: Whole months between the plan month and the target month (LagToWinDays / 30.4375, rounded).
--   BookingsTarget: The team's bookings target of the target month, in the reporting currency; repeated on each stage row.
--   TeamShare: The team's share of all teams' bookings targets of the target month, a ratio 0-1; not additive.
--   AverageDealSize: Average won amount of lead-sourced opportunities won in the lookback, in the reporting currency; not additive.
--   ConversionRate: Cycles that went on to the next stage / cycles that entered this stage in the lookback, a ratio 0-1; empty for
--     wins; not additive.
--   CohortSize: Cycles that entered this stage in the lookback (the rate's denominator); not additive over target months.
--   MedianLagDays: Median days from this stage to the next among the cycles that converted; not additive.
--   LagToWinDays: Sum of the median lags from this stage to won, in days; not additive.
--   RequiredCount: Stage entries needed in the plan month for the target (expected value, the P50).
--   RequiredP10: 10th percentile of the required entries under the uncertainty of the rates.
--   RequiredP50: Median of the required entries (equals RequiredCount).
--   RequiredP90: 90th percentile of the required entries under the uncertainty of the rates.
--   ActualCount: Stage entries in the plan month, company-wide x TeamShare.
--   InFlightCount: Open cycles expected to enter the stage in the plan month at the same rates and lags, x TeamShare.
--   Gap: RequiredCount - ActualCount - InFlightCount; above 0 is a shortfall.
CREATE VIEW rpt.DemandPlan
AS
WITH LastBatch AS
(
    SELECT (YEAR(MAX(b.AsOfUtc)) * 12) + MONTH(MAX(b.AsOfUtc)) AS MonthNumber
    FROM etl.BatchRun AS b
    WHERE b.Status = 'Succeeded'
),
Lookback AS
(
    SELECT w.LookbackMonths FROM (VALUES (6), (12), (24)) AS w (LookbackMonths)
),
Step AS
(
    SELECT 1 AS StepNumber, f.InquiryDateKey AS FromDateKey, CASE WHEN f.MqlDateKey IS NULL THEN 0 ELSE 1 END AS Converted,
        f.DaysInquiryToMql AS LagDays
    FROM dw.FactLeadFunnel AS f WHERE f.InquiryDateKey IS NOT NULL
    UNION ALL
    SELECT 2, f.MqlDateKey, CASE WHEN f.SalDateKey IS NULL THEN 0 ELSE 1 END, f.DaysInquiryToSal - f.DaysInquiryToMql
    FROM dw.FactLeadFunnel AS f WHERE f.MqlDateKey IS NOT NULL
    UNION ALL
    SELECT 3, f.SalDateKey, CASE WHEN f.SqlDateKey IS NULL THEN 0 ELSE 1 END, f.DaysInquiryToSql - f.DaysInquiryToSal
    FROM dw.FactLeadFunnel AS f WHERE f.SalDateKey IS NOT NULL
    UNION ALL
    SELECT 4, f.SqlDateKey, CASE WHEN f.OpportunityDateKey IS NULL THEN 0 ELSE 1 END, f.DaysInquiryToOpportunity - f.DaysInquiryToSql
    FROM dw.FactLeadFunnel AS f WHERE f.SqlDateKey IS NOT NULL
    UNION ALL
    SELECT 5, f.OpportunityDateKey, CASE WHEN f.WonDateKey IS NULL THEN 0 ELSE 1 END, f.DaysOpportunityToWon
    FROM dw.FactLeadFunnel AS f WHERE f.OpportunityDateKey IS NOT NULL
),
Cohort AS
(
    SELECT
        l.LookbackMonths,
        s.StepNumber,
        s.Converted,
        s.LagDays,
        ROW_NUMBER() OVER (PARTITION BY l.LookbackMonths, s.StepNumber, s.Converted ORDER BY s.LagDays) AS LagRank
    FROM Step AS s
    INNER JOIN dw.DimDate AS d ON d.DateKey = s.FromDateKey
    CROSS JOIN LastBatch AS a
    INNER JOIN Lookback AS l ON (d.Year * 12) + d.Month >= a.MonthNumber - l.LookbackMonths AND (d.Year * 12) + d.Month < a.MonthNumber
),
StepRate AS
(
    SELECT
        c.LookbackMonths,
        c.StepNumber,
        COUNT(*) AS Entered,
        SUM(c.Converted) AS Converted,
        AVG(CASE WHEN c.Converted = 1 AND c.LagRank IN (FLOOR((cv.Converted + 1) / 2.0), CEILING((cv.Converted + 1) / 2.0))
            THEN c.LagDays END) AS MedianLagDays
    FROM Cohort AS c
    INNER JOIN (SELECT LookbackMonths, StepNumber, SUM(Converted) AS Converted FROM Cohort GROUP BY LookbackMonths, StepNumber) AS cv
        ON cv.LookbackMonths = c.LookbackMonths AND cv.StepNumber = c.StepNumber
    GROUP BY c.LookbackMonths, c.StepNumber
)
,
Funnel AS
(
    SELECT
        r.LookbackMonths,
        MAX(CASE WHEN r.StepNumber = 1 THEN CAST(r.Converted AS decimal(18,6)) / NULLIF(r.Entered, 0) END) AS R1,
        MAX(CASE WHEN r.StepNumber = 2 THEN CAST(r.Converted AS decimal(18,6)) / NULLIF(r.Entered, 0) END) AS R2,
        MAX(CASE WHEN r.StepNumber = 3 THEN CAST(r.Converted AS decimal(18,6)) / NULLIF(r.Entered, 0) END) AS R3,
        MAX(CASE WHEN r.StepNumber = 4 THEN CAST(r.Converted AS decimal(18,6)) / NULLIF(r.Entered, 0) END) AS R4,
        MAX(CASE WHEN r.StepNumber = 5 THEN CAST(r.Converted AS decimal(18,6)) / NULLIF(r.Entered, 0) END) AS R5,
        MAX(CASE WHEN r.StepNumber = 1 THEN r.Entered END) AS N1,
        MAX(CASE WHEN r.StepNumber = 2 THEN r.Entered END) AS N2,
        MAX(CASE WHEN r.StepNumber = 3 THEN r.Entered END) AS N3,
        MAX(CASE WHEN r.StepNumber = 4 THEN r.Entered END) AS N4,
        MAX(CASE WHEN r.StepNumber = 5 THEN r.Entered END) AS N5,
        MAX(CASE WHEN r.StepNumber = 1 THEN COALESCE(r.MedianLagDays, 0) END) AS L1,
        MAX(CASE WHEN r.StepNumber = 2 THEN COALESCE(r.MedianLagDays, 0) END) AS L2,
        MAX(CASE WHEN r.StepNumber = 3 THEN COALESCE(r.MedianLagDays, 0) END) AS L3,
        MAX(CASE WHEN r.StepNumber = 4 THEN COALESCE(r.MedianLagDays, 0) END) AS L4,
        MAX(CASE WHEN r.StepNumber = 5 THEN COALESCE(r.MedianLagDays, 0) END) AS L5,
        -- Variance of ln(rate) under the rate's Beta(converted + 1, not converted + 1) posterior, by the delta method:
        -- Var(p) / E(p)^2 = b / (a (a + b + 1)) = (n - c + 1) / ((c + 1) (n + 3)).
        MAX(CASE WHEN r.StepNumber = 1 THEN CAST(r.Entered - r.Converted + 1 AS decimal(18,6)) / ((r.Converted + 1) * (r.Entered + 3)) END) AS V1,
        MAX(CASE WHEN r.StepNumber = 2 THEN CAST(r.Entered - r.Converted + 1 AS decimal(18,6)) / ((r.Converted + 1) * (r.Entered + 3)) END) AS V2,
        MAX(CASE WHEN r.StepNumber = 3 THEN CAST(r.Entered - r.Converted + 1 AS decimal(18,6)) / ((r.Converted + 1) * (r.Entered + 3)) END) AS V3,
        MAX(CASE WHEN r.StepNumber = 4 THEN CAST(r.Entered - r.Converted + 1 AS decimal(18,6)) / ((r.Converted + 1) * (r.Entered + 3)) END) AS V4,
        MAX(CASE WHEN r.StepNumber = 5 THEN CAST(r.Entered - r.Converted + 1 AS decimal(18,6)) / ((r.Converted + 1) * (r.Entered + 3)) END) AS V5
    FROM StepRate AS r
    GROUP BY r.LookbackMonths
),
DealSize AS
(
    SELECT l.LookbackMonths, AVG(o.WonAmount) AS AverageDealSize
    FROM dw.FactOpportunity AS o
    INNER JOIN dw.DimDate AS d ON d.DateKey = o.WonDateKey
    CROSS JOIN LastBatch AS a
    INNER JOIN Lookback AS l ON (d.Year * 12) + d.Month >= a.MonthNumber - l.LookbackMonths AND (d.Year * 12) + d.Month < a.MonthNumber
    WHERE o.IsWon = 1 AND o.IsDeleted = 0 AND o.LeadKey <> 0
    GROUP BY l.LookbackMonths
),
Stage AS
(
    SELECT s.StageOrder, s.StageName FROM (VALUES (1, 'Inquiries'), (2, 'MQLs'), (3, 'SALs'), (4, 'SQLs'), (5, 'Opportunities'), (6, 'Wins'))
        AS s (StageOrder, StageName)
),
StageFactor AS
(
    SELECT
        f.LookbackMonths,
        s.StageOrder,
        s.StageName,
        CASE s.StageOrder WHEN 1 THEN f.R1 WHEN 2 THEN f.R2 WHEN 3 THEN f.R3 WHEN 4 THEN f.R4 WHEN 5 THEN f.R5 END AS ConversionRate,
        CASE s.StageOrder WHEN 1 THEN f.N1 WHEN 2 THEN f.N2 WHEN 3 THEN f.N3 WHEN 4 THEN f.N4 WHEN 5 THEN f.N5 END AS CohortSize,
        CASE s.StageOrder WHEN 1 THEN f.L1 WHEN 2 THEN f.L2 WHEN 3 THEN f.L3 WHEN 4 THEN f.L4 WHEN 5 THEN f.L5 END AS MedianLagDays,
        CASE s.StageOrder WHEN 1 THEN f.R1 * f.R2 * f.R3 * f.R4 * f.R5 WHEN 2 THEN f.R2 * f.R3 * f.R4 * f.R5
            WHEN 3 THEN f.R3 * f.R4 * f.R5 WHEN 4 THEN f.R4 * f.R5 WHEN 5 THEN f.R5 ELSE 1 END AS RateToWin,
        CASE s.StageOrder WHEN 1 THEN f.L1 + f.L2 + f.L3 + f.L4 + f.L5 WHEN 2 THEN f.L2 + f.L3 + f.L4 + f.L5
            WHEN 3 THEN f.L3 + f.L4 + f.L5 WHEN 4 THEN f.L4 + f.L5 WHEN 5 THEN f.L5 ELSE 0 END AS LagToWinDays,
        CASE s.StageOrder WHEN 1 THEN f.V1 + f.V2 + f.V3 + f.V4 + f.V5 WHEN 2 THEN f.V2 + f.V3 + f.V4 + f.V5
            WHEN 3 THEN f.V3 + f.V4 + f.V5 WHEN 4 THEN f.V4 + f.V5 WHEN 5 THEN f.V5 ELSE 0 END AS LogVariance
    FROM Funnel AS f
    CROSS JOIN Stage AS s
),
Placed AS
(
    SELECT
        sf.LookbackMonths, sf.StageOrder, sf.StageName, sf.ConversionRate, sf.CohortSize, sf.MedianLagDays, sf.RateToWin,
        sf.LagToWinDays, sf.LogVariance,
        CAST(ROUND(sf.LagToWinDays / 30.4375, 0) AS int) AS MonthsBeforeWin
    FROM StageFactor AS sf
),
Target AS
(
    SELECT (d.Year * 12) + d.Month AS MonthNumber, t.TargetFor AS Team, SUM(t.TargetValue) AS BookingsTarget
    FROM dw.FactTarget AS t
    INNER JOIN dw.DimDate AS d ON d.DateKey = t.MonthStartDateKey
    WHERE t.TargetLevel = 'Team' AND t.Metric = 'Bookings'
    GROUP BY (d.Year * 12) + d.Month, t.TargetFor
),
TargetShare AS
(
    SELECT t.MonthNumber, t.Team, t.BookingsTarget,
        CAST(t.BookingsTarget AS decimal(19,4)) / NULLIF(SUM(t.BookingsTarget) OVER (PARTITION BY t.MonthNumber), 0) AS TeamShare
    FROM Target AS t
),
Reached AS
(
    SELECT 1 AS StageOrder, f.InquiryDateKey AS DateKey FROM dw.FactLeadFunnel AS f WHERE f.InquiryDateKey IS NOT NULL
    UNION ALL SELECT 2, f.MqlDateKey FROM dw.FactLeadFunnel AS f WHERE f.MqlDateKey IS NOT NULL
    UNION ALL SELECT 3, f.SalDateKey FROM dw.FactLeadFunnel AS f WHERE f.SalDateKey IS NOT NULL
    UNION ALL SELECT 4, f.SqlDateKey FROM dw.FactLeadFunnel AS f WHERE f.SqlDateKey IS NOT NULL
    UNION ALL SELECT 5, f.OpportunityDateKey FROM dw.FactLeadFunnel AS f WHERE f.OpportunityDateKey IS NOT NULL
    UNION ALL SELECT 6, f.WonDateKey FROM dw.FactLeadFunnel AS f WHERE f.WonDateKey IS NOT NULL
),
Actual AS
(
    SELECT r.StageOrder, (d.Year * 12) + d.Month AS MonthNumber, COUNT(*) AS ActualCount
    FROM Reached AS r
    INNER JOIN dw.DimDate AS d ON d.DateKey = r.DateKey
    GROUP BY r.StageOrder, (d.Year * 12) + d.Month
),
OpenCycle AS
(
    -- Open cycles by the furthest funnel stage they reached (a handoff waits for SAL like an MQL) and the day they entered it;
    -- closed, recycled and disqualified cycles get no stage and drop out at the join below.
    SELECT
        CASE st.Category WHEN 'Inquiry' THEN 1 WHEN 'MQL' THEN 2 WHEN 'Handoff' THEN 2 WHEN 'SAL' THEN 3 WHEN 'SQL' THEN 4
            WHEN 'Opportunity' THEN 5 END AS StageOrder,
        CASE st.Category WHEN 'Inquiry' THEN f.InquiryDateKey WHEN 'MQL' THEN f.MqlDateKey WHEN 'Handoff' THEN f.MqlDateKey
            WHEN 'SAL' THEN f.SalDateKey WHEN 'SQL' THEN f.SqlDateKey WHEN 'Opportunity' THEN f.OpportunityDateKey END AS EnteredDateKey
    FROM dw.FactLeadFunnel AS f
    INNER JOIN dw.DimStage AS st ON st.StageKey = f.CurrentStageKey AND f.IsCurrentCycle = 1
),
InFlight AS
(
    -- Each open cycle at stage j reaches stage k (k > j) with the product of the rates j .. k - 1, arriving the median lags later
    -- (never before the as-of month: an overdue cycle is expected now).
    SELECT
        pk.LookbackMonths,
        pk.StageOrder,
        CASE WHEN (d.Year * 12) + d.Month + pj.MonthsBeforeWin - pk.MonthsBeforeWin < a.MonthNumber THEN a.MonthNumber
            ELSE (d.Year * 12) + d.Month + pj.MonthsBeforeWin - pk.MonthsBeforeWin END AS MonthNumber,
        SUM(CAST(pj.RateToWin AS decimal(19,6)) / NULLIF(pk.RateToWin, 0)) AS InFlightCount
    FROM OpenCycle AS c
    INNER JOIN dw.DimDate AS d ON d.DateKey = c.EnteredDateKey
    CROSS JOIN LastBatch AS a
    INNER JOIN Placed AS pj ON pj.StageOrder = c.StageOrder AND (d.Year * 12) + d.Month >= a.MonthNumber - pj.LookbackMonths
    INNER JOIN Placed AS pk ON pk.LookbackMonths = pj.LookbackMonths AND pk.StageOrder > c.StageOrder
    GROUP BY pk.LookbackMonths, pk.StageOrder,
        CASE WHEN (d.Year * 12) + d.Month + pj.MonthsBeforeWin - pk.MonthsBeforeWin < a.MonthNumber THEN a.MonthNumber
            ELSE (d.Year * 12) + d.Month + pj.MonthsBeforeWin - pk.MonthsBeforeWin END
),
Requirement AS
(
    SELECT
        p.LookbackMonths,
        t.MonthNumber AS TargetMonthNumber,
        t.MonthNumber - p.MonthsBeforeWin AS PlanMonthNumber,
        t.Team,
        t.BookingsTarget,
        t.TeamShare,
        p.StageOrder,
        p.StageName,
        p.ConversionRate,
        p.CohortSize,
        p.MedianLagDays,
        p.LagToWinDays,
        p.MonthsBeforeWin,
        p.LogVariance,
        ds.AverageDealSize,
        CAST(CAST(t.BookingsTarget AS decimal(19,6)) / NULLIF(ds.AverageDealSize, 0) AS decimal(19,6)) / NULLIF(p.RateToWin, 0)
            AS RequiredCount
    FROM TargetShare AS t
    CROSS JOIN Placed AS p
    LEFT JOIN DealSize AS ds ON ds.LookbackMonths = p.LookbackMonths
)
SELECT
    CAST(p.LookbackMonths AS int) AS LookbackMonths,
    CAST((FLOOR((p.TargetMonthNumber - 1) / 12.0) * 100) + p.TargetMonthNumber - (FLOOR((p.TargetMonthNumber - 1) / 12.0) * 12) AS int)
        AS TargetYearMonth,
    CAST(p.Team AS nvarchar(100)) AS Team,
    CAST(p.StageOrder AS int) AS StageOrder,
    CAST(p.StageName AS varchar(20)) AS StageName,
    CAST((FLOOR((p.PlanMonthNumber - 1) / 12.0) * 100) + p.PlanMonthNumber - (FLOOR((p.PlanMonthNumber - 1) / 12.0) * 12) AS int)
        AS PlanYearMonth,
    CAST(p.MonthsBeforeWin AS int) AS MonthsBeforeWin,
    CAST(p.BookingsTarget AS decimal(19,4)) AS BookingsTarget,
    CAST(p.TeamShare AS decimal(9,4)) AS TeamShare,
    CAST(p.AverageDealSize AS decimal(19,4)) AS AverageDealSize,
    CAST(p.ConversionRate AS decimal(9,4)) AS ConversionRate,
    CAST(p.CohortSize AS int) AS CohortSize,
    CAST(p.MedianLagDays AS decimal(9,2)) AS MedianLagDays,
    CAST(p.LagToWinDays AS decimal(9,2)) AS LagToWinDays,
    CAST(p.RequiredCount AS decimal(19,2)) AS RequiredCount,
    CAST(p.RequiredCount * EXP(-1.2816 * SQRT(p.LogVariance)) AS decimal(19,2)) AS RequiredP10,
    CAST(p.RequiredCount AS decimal(19,2)) AS RequiredP50,
    CAST(p.RequiredCount * EXP(1.2816 * SQRT(p.LogVariance)) AS decimal(19,2)) AS RequiredP90,
    CAST(COALESCE(ac.ActualCount, 0) * p.TeamShare AS decimal(19,2)) AS ActualCount,
    CAST(COALESCE(i.InFlightCount, 0) * p.TeamShare AS decimal(19,2)) AS InFlightCount,
    -- From the rounded columns, so that Gap = RequiredCount - ActualCount - InFlightCount exactly on every row and in every sum.
    CAST(CAST(p.RequiredCount AS decimal(19,2)) - CAST(COALESCE(ac.ActualCount, 0) * p.TeamShare AS decimal(19,2))
        - CAST(COALESCE(i.InFlightCount, 0) * p.TeamShare AS decimal(19,2)) AS decimal(19,2)) AS Gap
FROM Requirement AS p
LEFT JOIN Actual AS ac ON ac.StageOrder = p.StageOrder AND ac.MonthNumber = p.PlanMonthNumber
LEFT JOIN InFlight AS i ON i.LookbackMonths = p.LookbackMonths AND i.StageOrder = p.StageOrder AND i.MonthNumber = p.PlanMonthNumber
;
