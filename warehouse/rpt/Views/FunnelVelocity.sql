-- One row per month of entry x stage: entries, exits, average and median days spent in the stage (completed stays), business hours in
-- the stage, average days from the first inquiry, and for opportunity stages the days from the opportunity's start
-- (on Closed Won: the sales cycle length).
CREATE VIEW rpt.FunnelVelocity
AS
WITH Stay AS
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
    CAST(AVG(y.DaysFromOpportunityStart) AS decimal(12,2)) AS AvgDaysFromOpportunityStart
FROM Stay AS y
INNER JOIN dw.DimStage AS s ON s.StageKey = y.StageKey
GROUP BY y.YearMonth, s.StageKey, s.StageName, s.SortOrder, s.Category, s.OwnerTeam;
