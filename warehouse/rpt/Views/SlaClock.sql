-- One row per SLA clock (lead x rule x start), keyed for the Power BI star; outcome flags as 0/1 integers so measures can sum them.
-- Columns:
--   CycleNumber: The lead's funnel cycle the clock started in (1 = first; a recycled lead starts a new cycle); not additive.
--   StartedAtUtc: When the clock started: the entry into the rule's start stage (UTC).
--   DueAtUtc: Start + target business hours in the owner's working calendar (UTC).
--   ResolvedAtUtc: When it stopped: the first stop stage or event (UTC); empty while open.
--   Resolution: What stopped it: Accepted, Recycled, Disqualified, FirstSalesTouch, No touch ...; empty while open.
--   Status: Met (resolved within target), Breached (resolved after it, or no touch) or Open.
--   ElapsedBusinessHours: Business hours from start to resolution, or to the as-of instant while open.
--   TargetBusinessHours: The rule's target in business hours.
--   HoursOverdue: Business hours past the target; 0 when within it.
--   AsOfUtc: The instant the figures hold at: the batch's as-of while open, the resolution once resolved.
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
