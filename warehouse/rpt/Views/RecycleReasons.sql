-- One row per month x rep (version) x persona x rejection reason: leads sent back to marketing (from Handoff, SAL or SQL to Recycled),
-- with the lead's last rejection reason from the CRM ('Not given' when empty).
CREATE VIEW rpt.RecycleReasons
AS
SELECT
    CAST(d.YearMonth AS int) AS YearMonth,
    rep.RepKey,
    rep.RepName,
    rep.Team,
    pe.PersonaName,
    CAST(COALESCE(l.LastRejectionReason, 'Not given') AS nvarchar(255)) AS RejectionReason,
    CAST(COUNT(DISTINCT r.LeadKey) AS int) AS LeadsRecycled
FROM dw.FactStageHistory AS r
INNER JOIN dw.DimStage AS s ON s.StageKey = r.StageKey
INNER JOIN dw.FactStageHistory AS p ON p.LeadKey = r.LeadKey AND p.SequenceNumber = r.SequenceNumber - 1
INNER JOIN dw.DimStage AS ps ON ps.StageKey = p.StageKey
INNER JOIN dw.DimDate AS d ON d.DateKey = r.EnteredDateKey
INNER JOIN dw.DimRep AS rep ON rep.RepKey = p.OwnerRepKey
INNER JOIN dw.DimPersona AS pe ON pe.PersonaKey = r.PersonaKey
INNER JOIN dw.DimLead AS l ON l.LeadKey = r.LeadKey
WHERE s.Category = 'Recycled' AND (ps.Category = 'Handoff' OR ps.Category = 'SAL' OR ps.Category = 'SQL')
GROUP BY d.YearMonth, rep.RepKey, rep.RepName, rep.Team, pe.PersonaName, COALESCE(l.LastRejectionReason, 'Not given');
