-- One row per month x rep (version) x persona: leads that reached Handoff, leads sent back to marketing (moved from Handoff, SAL or SQL
-- to a Recycled stage), and RecycleRate = recycled / handed off. The rep of a handoff is the owner at handoff; the rep of a recycle is
-- the owner of the stage the lead was recycled from.
CREATE VIEW rpt.RecycleRate
AS
WITH Handoff AS
(
    SELECT h.LeadKey, d.YearMonth, h.OwnerRepKey AS RepKey, h.PersonaKey
    FROM dw.FactStageHistory AS h
    INNER JOIN dw.DimStage AS s ON s.StageKey = h.StageKey
    INNER JOIN dw.DimDate AS d ON d.DateKey = h.EnteredDateKey
    WHERE s.Category = 'Handoff'
),
Recycle AS
(
    SELECT r.LeadKey, d.YearMonth, p.OwnerRepKey AS RepKey, r.PersonaKey
    FROM dw.FactStageHistory AS r
    INNER JOIN dw.DimStage AS s ON s.StageKey = r.StageKey
    INNER JOIN dw.FactStageHistory AS p ON p.LeadKey = r.LeadKey AND p.SequenceNumber = r.SequenceNumber - 1
    INNER JOIN dw.DimStage AS ps ON ps.StageKey = p.StageKey
    INNER JOIN dw.DimDate AS d ON d.DateKey = r.EnteredDateKey
    WHERE s.Category = 'Recycled' AND (ps.Category = 'Handoff' OR ps.Category = 'SAL' OR ps.Category = 'SQL')
),
Movement AS
(
    SELECT YearMonth, RepKey, PersonaKey, LeadKey AS HandedOffLeadKey, CAST(NULL AS int) AS RecycledLeadKey FROM Handoff
    UNION ALL
    SELECT YearMonth, RepKey, PersonaKey, CAST(NULL AS int), LeadKey FROM Recycle
)
SELECT
    CAST(m.YearMonth AS int) AS YearMonth,
    r.RepKey,
    r.RepName,
    r.Team,
    r.ManagerName,
    p.PersonaKey,
    p.PersonaName,
    CAST(COUNT(DISTINCT m.HandedOffLeadKey) AS int) AS LeadsHandedOff,
    CAST(COUNT(DISTINCT m.RecycledLeadKey) AS int) AS LeadsRecycled,
    CAST(CAST(COUNT(DISTINCT m.RecycledLeadKey) AS decimal(18,4)) / NULLIF(COUNT(DISTINCT m.HandedOffLeadKey), 0) AS decimal(9,4)) AS RecycleRate
FROM Movement AS m
INNER JOIN dw.DimRep AS r ON r.RepKey = m.RepKey
INNER JOIN dw.DimPersona AS p ON p.PersonaKey = m.PersonaKey
GROUP BY m.YearMonth, r.RepKey, r.RepName, r.Team, r.ManagerName, p.PersonaKey, p.PersonaName;
