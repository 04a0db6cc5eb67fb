-- One row per weekly snapshot (end of Sunday, UTC) x stage: open opportunities, open and weighted pipeline, the pipeline expected
-- to close in the snapshot's month or the two after it, and coverage = that pipeline / the teams' bookings target for those three
-- months (stage rows add up to the week's total coverage). Reporting currency.
-- Columns:
--   SnapshotDate: The weekly snapshot's day (a Sunday, taken at its end, UTC).
--   YearMonth: Month (yyyymm) of the snapshot.
--   StageName: Stage the open opportunities were in at the snapshot.
--   StageSortOrder: Position of the stage in the funnel, for sorting.
--   OpenOpportunities: Opportunities open in the stage at the snapshot; a snapshot, not additive over weeks.
--   OpenAmount: Amount of those open opportunities, in the reporting currency; not additive over weeks.
--   WeightedAmount: Amount x probability of those open opportunities, in the reporting currency; not additive over weeks.
--   NewBusinessAmount: Open amount of the New opportunities among them, in the reporting currency; not additive over weeks.
--   ClosingNextThreeMonthsAmount: Open amount with a close date in the snapshot's month or the two after it, in the reporting
--     currency; not additive over weeks.
--   BookingsTargetNextThreeMonths: The teams' bookings target for the snapshot's month and the two after it, in the reporting
--     currency; repeated on each stage row of the week, not additive.
--   Coverage: ClosingNextThreeMonthsAmount / BookingsTargetNextThreeMonths, a ratio; stage rows add up to the week's coverage.
CREATE VIEW rpt.PipelineTrend
AS
WITH Snapshot AS
(
    SELECT
        s.SnapshotDateKey,
        s.StageKey,
        COUNT(*) AS OpenOpportunities,
        SUM(s.Amount) AS OpenAmount,
        SUM(s.WeightedAmount) AS WeightedAmount,
        SUM(CASE WHEN (cd.Year * 12) + cd.Month >= (sd.Year * 12) + sd.Month AND (cd.Year * 12) + cd.Month <= (sd.Year * 12) + sd.Month + 2
            THEN s.Amount END) AS ClosingAmount,
        SUM(CASE WHEN s.TypeCategory = 'New' THEN s.Amount END) AS NewBusinessAmount
    FROM dw.FactPipelineSnapshot AS s
    INNER JOIN dw.DimDate AS sd ON sd.DateKey = s.SnapshotDateKey
    LEFT JOIN dw.DimDate AS cd ON cd.DateKey = s.CloseDateKey
    WHERE s.IsWeekEnd = 1
    GROUP BY s.SnapshotDateKey, s.StageKey
),
BookingsTarget AS
(
    SELECT (d.Year * 12) + d.Month AS MonthNumber, SUM(t.TargetValue) AS TargetValue
    FROM dw.FactTarget AS t
    INNER JOIN dw.DimDate AS d ON d.DateKey = t.MonthStartDateKey
    WHERE t.TargetLevel = 'Team' AND t.Metric = 'Bookings'
    GROUP BY (d.Year * 12) + d.Month
),
WeekTarget AS
(
    SELECT w.SnapshotDateKey, SUM(b.TargetValue) AS TargetValue
    FROM (SELECT DISTINCT s.SnapshotDateKey FROM Snapshot AS s) AS w
    INNER JOIN dw.DimDate AS d ON d.DateKey = w.SnapshotDateKey
    INNER JOIN BookingsTarget AS b ON b.MonthNumber >= (d.Year * 12) + d.Month AND b.MonthNumber <= (d.Year * 12) + d.Month + 2
    GROUP BY w.SnapshotDateKey
)
SELECT
    s.SnapshotDateKey,
    d.Date AS SnapshotDate,
    d.YearMonth,
    st.StageKey,
    st.StageName,
    st.SortOrder AS StageSortOrder,
    CAST(s.OpenOpportunities AS int) AS OpenOpportunities,
    CAST(COALESCE(s.OpenAmount, 0) AS decimal(19,4)) AS OpenAmount,
    CAST(COALESCE(s.WeightedAmount, 0) AS decimal(19,4)) AS WeightedAmount,
    CAST(COALESCE(s.NewBusinessAmount, 0) AS decimal(19,4)) AS NewBusinessAmount,
    CAST(COALESCE(s.ClosingAmount, 0) AS decimal(19,4)) AS ClosingNextThreeMonthsAmount,
    CAST(t.TargetValue AS decimal(19,4)) AS BookingsTargetNextThreeMonths,
    CAST(CAST(COALESCE(s.ClosingAmount, 0) AS decimal(19,4)) / NULLIF(t.TargetValue, 0) AS decimal(9,4)) AS Coverage
FROM Snapshot AS s
INNER JOIN dw.DimDate AS d ON d.DateKey = s.SnapshotDateKey
INNER JOIN dw.DimStage AS st ON st.StageKey = s.StageKey
LEFT JOIN WeekTarget AS t ON t.SnapshotDateKey = s.SnapshotDateKey;
