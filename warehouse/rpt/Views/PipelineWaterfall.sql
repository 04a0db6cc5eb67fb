-- One row per period (ISO week ending Sunday, or calendar month) x rep (version) owning the opportunity at the period's end (the
-- final owner when it closed): the pipeline expected to close in the period and how it moved between the snapshot before the
-- period and the snapshot at its end. Start (open at the previous snapshot, close date in the period) + created (not open then:
-- created or reopened since) + pulled in (open then with a close date outside the period) - pushed out (open at the end with a
-- close date outside the period) + amount change (exit amount - entry amount of the deals already open) - won - lost (closed in
-- the period; a deal that left the pipeline otherwise counts as lost) = end (open at the end, close date in the period), exactly
-- on every row. Net movements between the two snapshots; reporting currency. Filter one PeriodType before adding up.
-- Columns:
--   PeriodType: Week or Month; never add the two together.
--   PeriodStartDate: First day of the period (a Monday, or the 1st).
--   PeriodEndDate: Last day of the period (a Sunday, or the month's last day), the day of the end snapshot.
--   YearMonth: Month (yyyymm) of the period's last day.
--   RepName: The opportunity owner at the period's end (or at closing).
--   Team: Team of that rep version.
--   StartAmount: Open amount closing in the period at the previous snapshot, in the reporting currency.
--   CreatedAmount: Amount of deals not open at the previous snapshot that closed in the period or are open closing in it.
--   PulledInAmount: Amount (at the previous snapshot) of deals then expected to close outside the period that moved into it.
--   PushedOutAmount: Amount (at the end snapshot) of deals that moved their close date out of the period.
--   AmountChange: Exit amount - entry amount of the deals in the period at its start or pulled in (created deals: 0).
--   WonAmount: Amount won in the period by the row's deals.
--   LostAmount: Amount lost in the period by the row's deals (and deals that left the pipeline without closing).
--   EndAmount: Open amount closing in the period at the end snapshot.
--   StartCount: Deals behind StartAmount.
--   CreatedCount: Deals behind CreatedAmount.
--   PulledInCount: Deals behind PulledInAmount.
--   PushedOutCount: Deals behind PushedOutAmount.
--   AmountChangedCount: Deals whose amount changed (behind AmountChange).
--   WonCount: Deals won in the period.
--   LostCount: Deals lost in the period.
--   EndCount: Deals behind EndAmount.
--   SlippedCount: Pushed-out deals whose close date had moved later at least twice (at any snapshot up to the period's end).
--   SlippedAmount: Amount of those repeatedly slipped deals, in the reporting currency.
CREATE VIEW rpt.PipelineWaterfall
AS
WITH SnapshotDay AS
(
    SELECT 'Week' AS PeriodType, d.DateKey, d.WeekStartDate AS PeriodStartDate
    FROM dw.DimDate AS d
    WHERE d.DayOfWeek = 7 AND d.DateKey >= (SELECT MIN(s.SnapshotDateKey) FROM dw.FactPipelineSnapshot AS s WHERE s.IsWeekEnd = 1)
        AND d.DateKey <= (SELECT MAX(s.SnapshotDateKey) FROM dw.FactPipelineSnapshot AS s WHERE s.IsWeekEnd = 1)
    UNION ALL
    SELECT 'Month', d.DateKey, d.MonthStartDate
    FROM dw.DimDate AS d
    WHERE d.Date = d.MonthEndDate AND d.DateKey >= (SELECT MIN(s.SnapshotDateKey) FROM dw.FactPipelineSnapshot AS s WHERE s.IsMonthEnd = 1)
        AND d.DateKey <= (SELECT MAX(s.SnapshotDateKey) FROM dw.FactPipelineSnapshot AS s WHERE s.IsMonthEnd = 1)
),
Period AS
(
    SELECT
        p.PeriodType,
        ps.DateKey AS StartDateKey,
        p.DateKey AS EndDateKey,
        LAG(p.DateKey) OVER (PARTITION BY p.PeriodType ORDER BY p.DateKey) AS PreviousDateKey
    FROM SnapshotDay AS p
    INNER JOIN dw.DimDate AS ps ON ps.Date = p.PeriodStartDate
),
Snapshot AS
(
    SELECT
        s.SnapshotDateKey,
        s.SalesforceOpportunityId,
        s.OwnerRepKey,
        s.CloseDateKey,
        COALESCE(s.Amount, 0) AS Amount,
        SUM(CASE WHEN s.CloseDateKey > s.PreviousCloseDateKey THEN 1 ELSE 0 END)
            OVER (PARTITION BY s.SalesforceOpportunityId ORDER BY s.SnapshotDateKey ROWS UNBOUNDED PRECEDING) AS PushesToDate
    FROM
    (
        SELECT
            x.SnapshotDateKey,
            x.SalesforceOpportunityId,
            x.OwnerRepKey,
            x.CloseDateKey,
            x.Amount,
            LAG(x.CloseDateKey) OVER (PARTITION BY x.SalesforceOpportunityId ORDER BY x.SnapshotDateKey) AS PreviousCloseDateKey
        FROM dw.FactPipelineSnapshot AS x
        INNER JOIN dw.FactOpportunity AS o ON o.SalesforceOpportunityId = x.SalesforceOpportunityId AND o.IsDeleted = 0
    ) AS s
),
Candidate AS
(
    SELECT p.PeriodType, p.StartDateKey, p.EndDateKey, p.PreviousDateKey, s.SalesforceOpportunityId
    FROM Period AS p
    INNER JOIN Snapshot AS s ON s.SnapshotDateKey = p.PreviousDateKey AND s.CloseDateKey >= p.StartDateKey AND s.CloseDateKey <= p.EndDateKey
    UNION
    SELECT p.PeriodType, p.StartDateKey, p.EndDateKey, p.PreviousDateKey, s.SalesforceOpportunityId
    FROM Period AS p
    INNER JOIN Snapshot AS s ON s.SnapshotDateKey = p.EndDateKey AND s.CloseDateKey >= p.StartDateKey AND s.CloseDateKey <= p.EndDateKey
    UNION
    SELECT p.PeriodType, p.StartDateKey, p.EndDateKey, p.PreviousDateKey, o.SalesforceOpportunityId
    FROM Period AS p
    INNER JOIN dw.FactOpportunity AS o ON o.ClosedDateKey >= p.StartDateKey AND o.ClosedDateKey <= p.EndDateKey
    WHERE o.IsClosed = 1 AND o.IsDeleted = 0
),
Movement AS
(
    SELECT
        c.PeriodType,
        c.StartDateKey,
        c.EndDateKey,
        COALESCE(s1.OwnerRepKey, o.OwnerRepKey) AS RepKey,
        CASE WHEN s0.CloseDateKey >= c.StartDateKey AND s0.CloseDateKey <= c.EndDateKey THEN 'Start'
            WHEN s0.SalesforceOpportunityId IS NOT NULL THEN 'PulledIn' ELSE 'Created' END AS EntryKind,
        CASE WHEN s1.CloseDateKey >= c.StartDateKey AND s1.CloseDateKey <= c.EndDateKey THEN 'End'
            WHEN s1.SalesforceOpportunityId IS NOT NULL THEN 'PushedOut'
            WHEN o.IsWon = 1 AND o.ClosedDateKey >= c.StartDateKey AND o.ClosedDateKey <= c.EndDateKey THEN 'Won'
            ELSE 'Lost' END AS ExitKind,
        s0.Amount AS EntryAmount,
        COALESCE(s1.Amount, o.Amount, 0) AS ExitAmount,
        s1.PushesToDate
    FROM Candidate AS c
    INNER JOIN dw.FactOpportunity AS o ON o.SalesforceOpportunityId = c.SalesforceOpportunityId
    LEFT JOIN Snapshot AS s0 ON s0.SalesforceOpportunityId = c.SalesforceOpportunityId AND s0.SnapshotDateKey = c.PreviousDateKey
    LEFT JOIN Snapshot AS s1 ON s1.SalesforceOpportunityId = c.SalesforceOpportunityId AND s1.SnapshotDateKey = c.EndDateKey
)
SELECT
    CAST(m.PeriodType AS varchar(5)) AS PeriodType,
    m.StartDateKey AS PeriodStartDateKey,
    m.EndDateKey AS PeriodEndDateKey,
    ds.Date AS PeriodStartDate,
    de.Date AS PeriodEndDate,
    de.YearMonth,
    r.RepKey,
    r.RepName,
    r.Team,
    CAST(SUM(CASE WHEN m.EntryKind = 'Start' THEN m.EntryAmount ELSE 0 END) AS decimal(19,4)) AS StartAmount,
    CAST(SUM(CASE WHEN m.EntryKind = 'Created' THEN m.ExitAmount ELSE 0 END) AS decimal(19,4)) AS CreatedAmount,
    CAST(SUM(CASE WHEN m.EntryKind = 'PulledIn' THEN m.EntryAmount ELSE 0 END) AS decimal(19,4)) AS PulledInAmount,
    CAST(SUM(CASE WHEN m.ExitKind = 'PushedOut' THEN m.ExitAmount ELSE 0 END) AS decimal(19,4)) AS PushedOutAmount,
    CAST(SUM(CASE WHEN m.EntryKind = 'Created' THEN 0 ELSE m.ExitAmount - m.EntryAmount END) AS decimal(19,4)) AS AmountChange,
    CAST(SUM(CASE WHEN m.ExitKind = 'Won' THEN m.ExitAmount ELSE 0 END) AS decimal(19,4)) AS WonAmount,
    CAST(SUM(CASE WHEN m.ExitKind = 'Lost' THEN m.ExitAmount ELSE 0 END) AS decimal(19,4)) AS LostAmount,
    CAST(SUM(CASE WHEN m.ExitKind = 'End' THEN m.ExitAmount ELSE 0 END) AS decimal(19,4)) AS EndAmount,
    CAST(SUM(CASE WHEN m.EntryKind = 'Start' THEN 1 ELSE 0 END) AS int) AS StartCount,
    CAST(SUM(CASE WHEN m.EntryKind = 'Created' THEN 1 ELSE 0 END) AS int) AS CreatedCount,
    CAST(SUM(CASE WHEN m.EntryKind = 'PulledIn' THEN 1 ELSE 0 END) AS int) AS PulledInCount,
    CAST(SUM(CASE WHEN m.ExitKind = 'PushedOut' THEN 1 ELSE 0 END) AS int) AS PushedOutCount,
    CAST(SUM(CASE WHEN m.EntryKind <> 'Created' AND m.ExitAmount <> m.EntryAmount THEN 1 ELSE 0 END) AS int) AS AmountChangedCount,
    CAST(SUM(CASE WHEN m.ExitKind = 'Won' THEN 1 ELSE 0 END) AS int) AS WonCount,
    CAST(SUM(CASE WHEN m.ExitKind = 'Lost' THEN 1 ELSE 0 END) AS int) AS LostCount,
    CAST(SUM(CASE WHEN m.ExitKind = 'End' THEN 1 ELSE 0 END) AS int) AS EndCount,
    CAST(SUM(CASE WHEN m.ExitKind = 'PushedOut' AND m.PushesToDate >= 2 THEN 1 ELSE 0 END) AS int) AS SlippedCount,
    CAST(SUM(CASE WHEN m.ExitKind = 'PushedOut' AND m.PushesToDate >= 2 THEN m.ExitAmount ELSE 0 END) AS decimal(19,4)) AS SlippedAmount
FROM Movement AS m
INNER JOIN dw.DimDate AS ds ON ds.DateKey = m.StartDateKey
INNER JOIN dw.DimDate AS de ON de.DateKey = m.EndDateKey
INNER JOIN dw.DimRep AS r ON r.RepKey = m.RepKey
GROUP BY m.PeriodType, m.StartDateKey, m.EndDateKey, ds.Date, de.Date, de.YearMonth, r.RepKey, r.RepName, r.Team
;
