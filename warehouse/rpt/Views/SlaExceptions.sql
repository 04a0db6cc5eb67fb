-- One row per SLA clock on the managers' daily list: open and already past due, or breached and resolved within the configured
-- window (slaExceptionWindowDays) before the batch's as-of instant. Who, which lead, which rule, how far past due. AsOfUtc is the
-- as-of instant of the last successful batch: the moment the list describes.
-- Columns:
--   AsOfUtc: As-of instant of the last successful batch: the moment the list describes (UTC).
--   ManagerName: Manager of the rep who owned the lead when the clock started.
--   ManagerEmail: E-mail of that manager.
--   RepName: The lead owner when the clock started.
--   RepEmail: Salesforce e-mail of that rep.
--   Team: Team of that rep version.
--   SalesforceLeadId: Salesforce id of the lead (or contact) the clock runs for.
--   Company: The lead's company (Unknown when empty).
--   Title: The lead's job title (Unknown when empty).
--   PersonaName: Persona of the lead.
--   SlaRuleName: The SLA rule.
--   TargetBusinessHours: The rule's target in business hours.
--   StartedAtUtc: When the clock started: the entry into the rule's start stage (UTC).
--   DueAtUtc: Start + target business hours in the owner's working calendar (UTC).
--   ResolvedAtUtc: When it stopped (UTC); empty while open.
--   Resolution: What stopped it (Accepted, Recycled, Disqualified, FirstSalesTouch, No touch ...); empty while open.
--   Status: Breached or Open.
--   ExceptionType: Open past due, Breached, or No touch (the lead left the cycle untouched).
--   ElapsedBusinessHours: Business hours from start to resolution, or to the as-of instant while open.
--   HoursOverdue: Business hours past the target.
CREATE VIEW rpt.SlaExceptions
AS
SELECT
    c.SlaClockKey,
    a.AsOfUtc,
    r.ManagerName,
    r.ManagerEmail,
    r.RepKey,
    r.RepName,
    r.Email AS RepEmail,
    r.Team,
    l.LeadKey,
    l.SalesforceLeadId,
    l.Company,
    l.Title,
    p.PersonaName,
    s.SlaRuleName,
    c.TargetBusinessHours,
    c.StartedAtUtc,
    c.DueAtUtc,
    c.ResolvedAtUtc,
    c.Resolution,
    c.Status,
    CAST(CASE WHEN c.IsOpen = 1 THEN 'Open past due' WHEN COALESCE(c.Resolution, '') = 'No touch' THEN 'No touch' ELSE 'Breached' END AS varchar(20)) AS ExceptionType,
    c.ElapsedBusinessHours,
    c.HoursOverdue
FROM dw.FactSlaClock AS c
INNER JOIN dw.DimRep AS r ON r.RepKey = c.OwnerRepKey
INNER JOIN dw.DimLead AS l ON l.LeadKey = c.LeadKey
INNER JOIN dw.DimPersona AS p ON p.PersonaKey = c.PersonaKey
INNER JOIN dw.DimSlaRule AS s ON s.SlaRuleKey = c.SlaRuleKey
INNER JOIN etl.BatchRun AS a ON a.BatchId = (SELECT MAX(x.BatchId) FROM etl.BatchRun AS x WHERE x.Status = 'Succeeded')
WHERE c.IsOnExceptionList = 1;
