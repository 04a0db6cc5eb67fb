-- One row per month of the handoff x rep at handoff (version) x persona x rejection reason: of the leads handed off in the month,
-- those sent back to marketing (from Handoff, SAL or SQL to Recycled) in that handoff's cycle so far, by the reason in force when
-- they were recycled (dw.FactStageHistory.RecycleReason; 'Not given' when empty). LeadsHandedOff is the cohort (the same on every
-- reason row of a month x rep x persona: add LeadsRecycled across reasons, never LeadsHandedOff); RecycleRate = the two divided.
-- Columns:
--   YearMonth: Month (yyyymm) of the handoff.
--   RepName: The rep who owned the lead at the handoff.
--   Team: Team of that rep version.
--   PersonaName: Persona of the lead.
--   RejectionReason: The rejection reason in force when the lead was recycled (Not given when empty).
--   LeadsRecycled: Of the leads handed off in the month, those recycled in that handoff's cycle so far with this reason.
--   LeadsHandedOff: Leads handed off in the month (the cohort), the same on every reason row: never add it across reasons.
--   RecycleRate: LeadsRecycled / LeadsHandedOff, a ratio 0-1; not additive.
CREATE VIEW rpt.RecycleReasons
AS
WITH Handoff AS
(
    SELECT h.LeadKey, h.CycleNumber, h.SequenceNumber, d.YearMonth, h.OwnerRepKey AS RepKey, h.PersonaKey
    FROM dw.FactStageHistory AS h
    INNER JOIN dw.DimStage AS s ON s.StageKey = h.StageKey
    INNER JOIN dw.DimDate AS d ON d.DateKey = h.EnteredDateKey
    WHERE s.Category = 'Handoff'
),
Cohort AS
(
    SELECT YearMonth, RepKey, PersonaKey, COUNT(DISTINCT LeadKey) AS LeadsHandedOff
    FROM Handoff
    GROUP BY YearMonth, RepKey, PersonaKey
),
Recycled AS
(
    SELECT
        h.YearMonth,
        h.RepKey,
        h.PersonaKey,
        CAST(COALESCE(r.RecycleReason, 'Not given') AS nvarchar(255)) AS RejectionReason,
        COUNT(DISTINCT h.LeadKey) AS LeadsRecycled
    FROM Handoff AS h
    INNER JOIN dw.FactStageHistory AS r ON r.LeadKey = h.LeadKey AND r.CycleNumber = h.CycleNumber AND r.SequenceNumber > h.SequenceNumber
    INNER JOIN dw.DimStage AS s ON s.StageKey = r.StageKey
    INNER JOIN dw.FactStageHistory AS p ON p.LeadKey = r.LeadKey AND p.SequenceNumber = r.SequenceNumber - 1
    INNER JOIN dw.DimStage AS ps ON ps.StageKey = p.StageKey
    WHERE s.Category = 'Recycled' AND (ps.Category = 'Handoff' OR ps.Category = 'SAL' OR ps.Category = 'SQL')
    GROUP BY h.YearMonth, h.RepKey, h.PersonaKey, COALESCE(r.RecycleReason, 'Not given')
)
SELECT
    CAST(x.YearMonth AS int) AS YearMonth,
    rep.RepKey,
    rep.RepName,
    rep.Team,
    pe.PersonaName,
    CAST(x.RejectionReason AS nvarchar(255)) AS RejectionReason,
    CAST(x.LeadsRecycled AS int) AS LeadsRecycled,
    CAST(c.LeadsHandedOff AS int) AS LeadsHandedOff,
    CAST(CAST(x.LeadsRecycled AS decimal(18,4)) / NULLIF(c.LeadsHandedOff, 0) AS decimal(9,4)) AS RecycleRate
FROM Recycled AS x
INNER JOIN Cohort AS c ON c.YearMonth = x.YearMonth AND c.RepKey = x.RepKey AND c.PersonaKey = x.PersonaKey
INNER JOIN dw.DimRep AS rep ON rep.RepKey = x.RepKey
INNER JOIN dw.DimPersona AS pe ON pe.PersonaKey = x.PersonaKey;
