-- One row per SLA clock on the managers' daily list: open and already past due, or breached and resolved within the configured
-- window (slaExceptionWindowDays) before the batch's as-of instant. Who, which lead, which rule, how far past due. AsOfUtc is the
-- as-of instant of the last successful batch: the moment the list describes.
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
