-- One row per SLA clock (lead x rule x start), keyed for the Power BI star; outcome flags as 0/1 integers so measures can sum them.
CREATE VIEW rpt.SlaClock
AS
SELECT
    c.SlaClockKey,
    c.LeadKey,
    c.SlaRuleKey,
    c.OwnerRepKey,
    c.PersonaKey,
    c.StartedDateKey,
    c.DueDateKey,
    c.ResolvedDateKey,
    c.CycleNumber,
    c.StartedAtUtc,
    c.DueAtUtc,
    c.ResolvedAtUtc,
    c.Resolution,
    c.Status,
    c.ElapsedBusinessHours,
    c.TargetBusinessHours,
    c.HoursOverdue,
    CAST(CASE WHEN c.IsMet = 1 THEN 1 ELSE 0 END AS int) AS MetCount,
    CAST(CASE WHEN c.IsBreached = 1 THEN 1 ELSE 0 END AS int) AS BreachedCount,
    CAST(CASE WHEN c.IsOpen = 0 THEN 1 ELSE 0 END AS int) AS ResolvedCount,
    CAST(CASE WHEN c.IsOpen = 1 THEN 1 ELSE 0 END AS int) AS OpenCount,
    CAST(CASE WHEN c.IsOpenOverdue = 1 THEN 1 ELSE 0 END AS int) AS OpenOverdueCount,
    CAST(CASE WHEN c.IsOnExceptionList = 1 THEN 1 ELSE 0 END AS int) AS ExceptionCount,
    c.AsOfUtc
FROM dw.FactSlaClock AS c;
