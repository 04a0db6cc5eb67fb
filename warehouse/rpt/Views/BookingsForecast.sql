-- One row per month-end pipeline snapshot x close month 1 to 3 months ahead: expected bookings of the open opportunities expected
-- to close then, by the company's own win rate per stage and age band (0-30, 31-90, 91-180, 181+ days; the stage's rate when the
-- band has fewer than 5 known outcomes), beside the CRM's weighted pipeline and the teams' bookings target. A rate counts a
-- month-end row as won when the opportunity was won by the end of the month it was then expected to close in, and uses only the
-- rows whose close month had ended by the snapshot (what was known then), so past rows are an honest back-test: forecast vs what
-- those opportunities booked by the end of the close month. Opportunities already past their close date are left out.
-- Columns:
--   ForecastDate: The month-end snapshot the forecast is made at.
--   ForecastYearMonth: Month (yyyymm) of that snapshot.
--   CloseYearMonth: Month (yyyymm) the forecast is for (the opportunities' close date at the snapshot).
--   HorizonMonths: Months from the snapshot's month to the close month (1-3); filter one before adding up.
--   OpenOpportunities: Open opportunities at the snapshot expected to close in the close month.
--   OpenAmount: Their amount, in the reporting currency.
--   ForecastAmount: Sum of amount x own historical win rate for their stage and age band, in the reporting currency.
--   CrmWeightedAmount: Sum of amount x the CRM probability, in the reporting currency.
--   BookingsTarget: The teams' bookings target of the close month, in the reporting currency.
--   IsBackTest: 1 when the close month has ended (before the as-of month): the actuals and errors are known.
--   ActualFromPipelineAmount: Won amount of these opportunities by the end of the close month (back-test rows only).
--   ActualBookings: All bookings of the close month, including deals created after the snapshot (back-test rows only).
--   ForecastError: ForecastAmount - ActualFromPipelineAmount (back-test rows only); above 0 is an over-forecast.
--   CrmWeightedError: CrmWeightedAmount - ActualFromPipelineAmount (back-test rows only).
CREATE VIEW rpt.BookingsForecast
AS
WITH LastBatch AS
(
    SELECT (YEAR(MAX(b.AsOfUtc)) * 12) + MONTH(MAX(b.AsOfUtc)) AS MonthNumber
    FROM etl.BatchRun AS b
    WHERE b.Status = 'Succeeded'
),
MonthEnd AS
(
    -- Month-end pipeline with the close date's month, the age band, and whether the opportunity was won by the end of the
    -- month it was expected to close in (the outcome a forecast for that month is judged by).
    SELECT
        s.SnapshotDateKey,
        (sd.Year * 12) + sd.Month AS SnapshotMonthNumber,
        s.SalesforceOpportunityId,
        s.StageKey,
        CASE WHEN s.AgeDays <= 30 THEN 1 WHEN s.AgeDays <= 90 THEN 2 WHEN s.AgeDays <= 180 THEN 3 ELSE 4 END AS AgeBand,
        (cd.Year * 12) + cd.Month AS CloseMonthNumber,
        ((cd.Year * 12) + cd.Month) - ((sd.Year * 12) + sd.Month) AS HorizonMonths,
        ce.DateKey AS CloseMonthEndDateKey,
        COALESCE(s.Amount, 0) AS Amount,
        COALESCE(s.WeightedAmount, 0) AS WeightedAmount,
        CASE WHEN o.IsWon = 1 AND o.WonDateKey <= ce.DateKey THEN o.WonAmount ELSE 0 END AS WonInCloseMonthAmount,
        CASE WHEN o.IsWon = 1 AND o.WonDateKey <= ce.DateKey THEN 1 ELSE 0 END AS WonInCloseMonth
    FROM dw.FactPipelineSnapshot AS s
    INNER JOIN dw.FactOpportunity AS o ON o.SalesforceOpportunityId = s.SalesforceOpportunityId AND o.IsDeleted = 0
    INNER JOIN dw.DimDate AS sd ON sd.DateKey = s.SnapshotDateKey
    INNER JOIN dw.DimDate AS cd ON cd.DateKey = s.CloseDateKey
    INNER JOIN dw.DimDate AS ce ON ce.Date = cd.MonthEndDate
    WHERE s.IsMonthEnd = 1
),
Outcome AS
(
    SELECT m.StageKey, m.AgeBand, m.CloseMonthEndDateKey, COUNT(*) AS Outcomes, SUM(m.WonInCloseMonth) AS Wins
    FROM MonthEnd AS m
    GROUP BY m.StageKey, m.AgeBand, m.CloseMonthEndDateKey
),
ForecastDay AS
(
    SELECT DISTINCT m.SnapshotDateKey, m.SnapshotMonthNumber FROM MonthEnd AS m
),
BandRate AS
(
    -- What was known at each month end: outcomes of close months that had ended by then.
    SELECT f.SnapshotDateKey, o.StageKey, o.AgeBand, SUM(o.Outcomes) AS Outcomes, SUM(o.Wins) AS Wins
    FROM ForecastDay AS f
    INNER JOIN Outcome AS o ON o.CloseMonthEndDateKey <= f.SnapshotDateKey
    GROUP BY f.SnapshotDateKey, o.StageKey, o.AgeBand
),
StageRate AS
(
    SELECT b.SnapshotDateKey, b.StageKey, SUM(b.Outcomes) AS Outcomes, SUM(b.Wins) AS Wins
    FROM BandRate AS b
    GROUP BY b.SnapshotDateKey, b.StageKey
),
Expected AS
(
    SELECT
        m.SnapshotDateKey,
        m.SnapshotMonthNumber,
        m.CloseMonthNumber,
        m.Amount,
        m.WeightedAmount,
        m.WonInCloseMonthAmount,
        CASE WHEN b.Outcomes >= 5 THEN CAST(b.Wins AS decimal(18,6)) / b.Outcomes
            WHEN sr.Outcomes >= 1 THEN CAST(sr.Wins AS decimal(18,6)) / sr.Outcomes ELSE 0 END AS WinRate
    FROM MonthEnd AS m
    LEFT JOIN BandRate AS b ON b.SnapshotDateKey = m.SnapshotDateKey AND b.StageKey = m.StageKey AND b.AgeBand = m.AgeBand
    LEFT JOIN StageRate AS sr ON sr.SnapshotDateKey = m.SnapshotDateKey AND sr.StageKey = m.StageKey
    WHERE m.HorizonMonths >= 1 AND m.HorizonMonths <= 3
),
Forecast AS
(
    SELECT
        e.SnapshotDateKey,
        e.SnapshotMonthNumber,
        e.CloseMonthNumber,
        COUNT(*) AS OpenOpportunities,
        SUM(e.Amount) AS OpenAmount,
        SUM(e.Amount * e.WinRate) AS ForecastAmount,
        SUM(e.WeightedAmount) AS CrmWeightedAmount,
        SUM(e.WonInCloseMonthAmount) AS ActualFromPipelineAmount
    FROM Expected AS e
    GROUP BY e.SnapshotDateKey, e.SnapshotMonthNumber, e.CloseMonthNumber
),
Target AS
(
    SELECT (d.Year * 12) + d.Month AS MonthNumber, SUM(t.TargetValue) AS TargetValue
    FROM dw.FactTarget AS t
    INNER JOIN dw.DimDate AS d ON d.DateKey = t.MonthStartDateKey
    WHERE t.TargetLevel = 'Team' AND t.Metric = 'Bookings'
    GROUP BY (d.Year * 12) + d.Month
),
Booked AS
(
    SELECT (d.Year * 12) + d.Month AS MonthNumber, SUM(o.WonAmount) AS Bookings
    FROM dw.FactOpportunity AS o
    INNER JOIN dw.DimDate AS d ON d.DateKey = o.WonDateKey
    WHERE o.IsWon = 1 AND o.IsDeleted = 0
    GROUP BY (d.Year * 12) + d.Month
)
SELECT
    f.SnapshotDateKey AS ForecastDateKey,
    sd.Date AS ForecastDate,
    sd.YearMonth AS ForecastYearMonth,
    CAST((FLOOR((f.CloseMonthNumber - 1) / 12.0) * 100) + f.CloseMonthNumber - (FLOOR((f.CloseMonthNumber - 1) / 12.0) * 12) AS int)
        AS CloseYearMonth,
    CAST(f.CloseMonthNumber - f.SnapshotMonthNumber AS int) AS HorizonMonths,
    CAST(f.OpenOpportunities AS int) AS OpenOpportunities,
    CAST(f.OpenAmount AS decimal(19,4)) AS OpenAmount,
    CAST(f.ForecastAmount AS decimal(19,4)) AS ForecastAmount,
    CAST(f.CrmWeightedAmount AS decimal(19,4)) AS CrmWeightedAmount,
    CAST(t.TargetValue AS decimal(19,4)) AS BookingsTarget,
    CAST(CASE WHEN f.CloseMonthNumber < a.MonthNumber THEN 1 ELSE 0 END AS int) AS IsBackTest,
    CAST(CASE WHEN f.CloseMonthNumber < a.MonthNumber THEN f.ActualFromPipelineAmount END AS decimal(19,4)) AS ActualFromPipelineAmount,
    CAST(CASE WHEN f.CloseMonthNumber < a.MonthNumber THEN COALESCE(b.Bookings, 0) END AS decimal(19,4)) AS ActualBookings,
    CAST(CASE WHEN f.CloseMonthNumber < a.MonthNumber THEN f.ForecastAmount - f.ActualFromPipelineAmount END AS decimal(19,4))
        AS ForecastError,
    CAST(CASE WHEN f.CloseMonthNumber < a.MonthNumber THEN f.CrmWeightedAmount - f.ActualFromPipelineAmount END AS decimal(19,4))
        AS CrmWeightedError
FROM Forecast AS f
INNER JOIN dw.DimDate AS sd ON sd.DateKey = f.SnapshotDateKey
CROSS JOIN LastBatch AS a
LEFT JOIN Target AS t ON t.MonthNumber = f.CloseMonthNumber
LEFT JOIN Booked AS b ON b.MonthNumber = f.CloseMonthNumber
;
