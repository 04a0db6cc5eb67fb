-- One row per month of entry x stage: entries, exits, average and median days spent in the stage (completed stays), business hours in
-- the stage, average days from the first inquiry, and for opportunity stages the days from the opportunity's start
-- (on Closed Won: the sales cycle length). Stage-to-stage lag, on the first stage of each milestone category: days from the previous
-- milestone in the same cycle (Inquiry->MQL in cycle 1, MQL->Handoff, MQL->SAL, SAL->SQL, SQL->Opportunity, Opportunity->Won), for
-- cycles that reached both, by month of the later milestone.
-- Columns:
--   EnteredYearMonth: Month (yyyymm) the stage was entered.
--   StageName: The funnel or opportunity stage.
--   SortOrder: Position of the stage in the funnel, for sorting.
--   Category: Milestone category of the stage (MQL, SAL, SQL, Opportunity, Won ...).
--   OwnerTeam: Team that owns the stage (marketing or sales).
--   Entries: Stage entries in the month.
--   Exits: Of those entries, the ones that have left the stage.
--   AvgDaysInStage: Average clock days spent in the stage by completed stays; not additive.
--   MedianDaysInStage: Median clock days spent in the stage by completed stays; not additive.
--   AvgBusinessHoursInStage: Average working hours in the owner's calendar spent in the stage by completed stays; not additive.
--   AvgDaysFromInquiry: Average days from the lead's first inquiry to entering the stage; not additive.
--   AvgDaysFromOpportunityStart: Opportunity stages only: average days from the opportunity's first stage to entering this one
--     (on Closed Won the sales cycle); not additive.
--   LagFromMilestone: On the first stage of a milestone category: the previous milestone the lag is measured from (Inquiry,
--     MQL, SAL, SQL, Opportunity); empty on other stages.
--   LagCycles: Cycles that reached both milestones, by month of the later one; not additive across stages.
--   AvgLagDays: Average days from the previous milestone to this one in the same cycle; not additive.
--   MedianLagDays: Median days from the previous milestone to this one in the same cycle; not additive.
CREATE VIEW rpt.FunnelVelocity
AS
WITH Step AS
(
    SELECT 'MQL' AS Category, 'Inquiry' AS FromMilestone, f.MqlDateKey AS DateKey, f.DaysInquiryToMql AS LagDays
    FROM dw.FactLeadFunnel AS f WHERE f.CycleNumber = 1 AND f.DaysInquiryToMql IS NOT NULL
    UNION ALL
    SELECT 'Handoff', 'MQL', f.HandoffDateKey, f.DaysInquiryToHandoff - f.DaysInquiryToMql
    FROM dw.FactLeadFunnel AS f WHERE COALESCE(f.DaysInquiryToHandoff - f.DaysInquiryToMql, -1.0) >= 0.0
    UNION ALL
    SELECT 'SAL', 'MQL', f.SalDateKey, f.DaysInquiryToSal - f.DaysInquiryToMql
    FROM dw.FactLeadFunnel AS f WHERE COALESCE(f.DaysInquiryToSal - f.DaysInquiryToMql, -1.0) >= 0.0
    UNION ALL
    SELECT 'SQL', 'SAL', f.SqlDateKey, f.DaysInquiryToSql - f.DaysInquiryToSal
    FROM dw.FactLeadFunnel AS f WHERE COALESCE(f.DaysInquiryToSql - f.DaysInquiryToSal, -1.0) >= 0.0
    UNION ALL
    SELECT 'Opportunity', 'SQL', f.OpportunityDateKey, f.DaysInquiryToOpportunity - f.DaysInquiryToSql
    FROM dw.FactLeadFunnel AS f WHERE COALESCE(f.DaysInquiryToOpportunity - f.DaysInquiryToSql, -1.0) >= 0.0
    UNION ALL
    SELECT 'Won', 'Opportunity', f.WonDateKey, f.DaysInquiryToWon - f.DaysInquiryToOpportunity
    FROM dw.FactLeadFunnel AS f WHERE COALESCE(f.DaysInquiryToWon - f.DaysInquiryToOpportunity, -1.0) >= 0.0
),
Lag AS
(
    SELECT
        d.YearMonth,
        x.Category,
        x.FromMilestone,
        x.LagDays,
        ROW_NUMBER() OVER (PARTITION BY d.YearMonth, x.Category ORDER BY x.LagDays) AS LagRank,
        COUNT(*) OVER (PARTITION BY d.YearMonth, x.Category) AS LagCount
    FROM Step AS x
    INNER JOIN dw.DimDate AS d ON d.DateKey = x.DateKey
),
LagByMonth AS
(
    SELECT
        l.YearMonth,
        fs.StageKey,
        MAX(l.FromMilestone) AS FromMilestone,
        COUNT(*) AS LagCycles,
        AVG(l.LagDays) AS AvgLagDays,
        AVG(CASE WHEN l.LagRank IN (FLOOR((l.LagCount + 1) / 2.0), CEILING((l.LagCount + 1) / 2.0)) THEN l.LagDays END) AS MedianLagDays
    FROM Lag AS l
    INNER JOIN
    (
        SELECT st.Category, MIN(st.StageKey) AS StageKey
        FROM dw.DimStage AS st
        INNER JOIN (SELECT Category, MIN(SortOrder) AS SortOrder FROM dw.DimStage GROUP BY Category) AS m
            ON m.Category = st.Category AND m.SortOrder = st.SortOrder
        GROUP BY st.Category
    ) AS fs ON fs.Category = l.Category
    GROUP BY l.YearMonth, fs.StageKey
),
Stay AS
(
    SELECT
        d.YearMonth,
        h.StageKey,
        h.ExitedAtUtc,
        h.DurationHours,
        h.BusinessHours,
        h.DaysFromInquiry,
        h.DaysFromOpportunityStart,
        ROW_NUMBER() OVER (PARTITION BY d.YearMonth, h.StageKey, CASE WHEN h.DurationHours IS NULL THEN 0 ELSE 1 END ORDER BY h.DurationHours) AS DurationRank,
        COUNT(h.DurationHours) OVER (PARTITION BY d.YearMonth, h.StageKey) AS CompletedCount
    FROM dw.FactStageHistory AS h
    INNER JOIN dw.DimDate AS d ON d.DateKey = h.EnteredDateKey
)
SELECT
    CAST(y.YearMonth AS int) AS EnteredYearMonth,
    s.StageKey,
    s.StageName,
    s.SortOrder,
    s.Category,
    s.OwnerTeam,
    CAST(COUNT(*) AS int) AS Entries,
    CAST(SUM(CASE WHEN y.ExitedAtUtc IS NOT NULL THEN 1 ELSE 0 END) AS int) AS Exits,
    CAST(AVG(y.DurationHours) / 24.0 AS decimal(12,2)) AS AvgDaysInStage,
    CAST(AVG(CASE WHEN y.DurationHours IS NOT NULL AND y.DurationRank IN (FLOOR((y.CompletedCount + 1) / 2.0), CEILING((y.CompletedCount + 1) / 2.0))
        THEN y.DurationHours END) / 24.0 AS decimal(12,2)) AS MedianDaysInStage,
    CAST(AVG(y.BusinessHours) AS decimal(12,2)) AS AvgBusinessHoursInStage,
    CAST(AVG(y.DaysFromInquiry) AS decimal(12,2)) AS AvgDaysFromInquiry,
    CAST(AVG(y.DaysFromOpportunityStart) AS decimal(12,2)) AS AvgDaysFromOpportunityStart,
    CAST(MAX(g.FromMilestone) AS varchar(20)) AS LagFromMilestone,
    CAST(MAX(g.LagCycles) AS int) AS LagCycles,
    CAST(MAX(g.AvgLagDays) AS decimal(12,2)) AS AvgLagDays,
    CAST(MAX(g.MedianLagDays) AS decimal(12,2)) AS MedianLagDays
FROM Stay AS y
INNER JOIN dw.DimStage AS s ON s.StageKey = y.StageKey
LEFT JOIN LagByMonth AS g ON g.YearMonth = y.YearMonth AND g.StageKey = y.StageKey
GROUP BY y.YearMonth, s.StageKey, s.StageName, s.SortOrder, s.Category, s.OwnerTeam;
