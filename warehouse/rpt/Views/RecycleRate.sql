-- One row per month x rep (version) x persona. Cohort (month of the handoff, rep = owner at handoff): LeadsHandedOff, and of those
-- leads CohortLeadsRecycled = sent back to marketing (from Handoff, SAL or SQL to Recycled) in the cycle of that handoff so far, and
-- within 30 days of it; RecycleRate = CohortLeadsRecycled / LeadsHandedOff (0-1). Period count: LeadsRecycled = leads recycled in
-- the month (rep = owner of the stage recycled from), a different population - never divide it by LeadsHandedOff.
-- Columns:
--   YearMonth: Month (yyyymm): of the handoff for the cohort columns, of the recycle for LeadsRecycled.
--   RepName: The rep: owner at handoff for the cohort columns, owner of the stage recycled from for LeadsRecycled.
--   Team: Team of that rep version.
--   ManagerName: Manager of that rep version.
--   PersonaName: Persona of the lead.
--   LeadsHandedOff: Leads handed off to sales in the month (the cohort).
--   LeadsRecycled: Leads sent back to marketing (Handoff, SAL or SQL to Recycled) in the month; a different population from the
--     cohort, never divide it by LeadsHandedOff.
--   RecycleRate: CohortLeadsRecycled / LeadsHandedOff, a ratio 0-1; not additive.
--   CohortLeadsRecycled: Of the leads handed off in the month, those recycled in the cycle of that handoff so far.
--   CohortLeadsRecycledWithin30Days: Of the leads handed off in the month, those recycled within 30 days of the handoff.
--   RecycleRateWithin30Days: CohortLeadsRecycledWithin30Days / LeadsHandedOff, a ratio 0-1; not additive.
CREATE VIEW rpt.RecycleRate
AS
WITH Handoff AS
(
    SELECT h.LeadKey, h.CycleNumber, h.SequenceNumber, h.DaysFromInquiry, d.YearMonth, h.OwnerRepKey AS RepKey, h.PersonaKey
    FROM dw.FactStageHistory AS h
    INNER JOIN dw.DimStage AS s ON s.StageKey = h.StageKey
    INNER JOIN dw.DimDate AS d ON d.DateKey = h.EnteredDateKey
    WHERE s.Category = 'Handoff'
),
Recycle AS
(
    SELECT r.LeadKey, r.CycleNumber, r.SequenceNumber, r.DaysFromInquiry, d.YearMonth, p.OwnerRepKey AS RepKey, r.PersonaKey
    FROM dw.FactStageHistory AS r
    INNER JOIN dw.DimStage AS s ON s.StageKey = r.StageKey
    INNER JOIN dw.FactStageHistory AS p ON p.LeadKey = r.LeadKey AND p.SequenceNumber = r.SequenceNumber - 1
    INNER JOIN dw.DimStage AS ps ON ps.StageKey = p.StageKey
    INNER JOIN dw.DimDate AS d ON d.DateKey = r.EnteredDateKey
    WHERE s.Category = 'Recycled' AND (ps.Category = 'Handoff' OR ps.Category = 'SAL' OR ps.Category = 'SQL')
),
Cohort AS
(
    SELECT
        h.YearMonth,
        h.RepKey,
        h.PersonaKey,
        h.LeadKey,
        MAX(CASE WHEN r.LeadKey IS NOT NULL THEN 1 ELSE 0 END) AS Recycled,
        MAX(CASE WHEN r.DaysFromInquiry - h.DaysFromInquiry <= 30.0 THEN 1 ELSE 0 END) AS RecycledWithin30Days
    FROM Handoff AS h
    LEFT JOIN Recycle AS r ON r.LeadKey = h.LeadKey AND r.CycleNumber = h.CycleNumber AND r.SequenceNumber > h.SequenceNumber
    GROUP BY h.YearMonth, h.RepKey, h.PersonaKey, h.LeadKey
),
Movement AS
(
    SELECT YearMonth, RepKey, PersonaKey, LeadKey AS HandedOffLeadKey, Recycled, RecycledWithin30Days, CAST(NULL AS int) AS RecycledLeadKey
    FROM Cohort
    UNION ALL
    SELECT YearMonth, RepKey, PersonaKey, CAST(NULL AS int), 0, 0, LeadKey FROM Recycle
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
    CAST(CAST(COUNT(DISTINCT CASE WHEN m.Recycled = 1 THEN m.HandedOffLeadKey END) AS decimal(18,4))
        / NULLIF(COUNT(DISTINCT m.HandedOffLeadKey), 0) AS decimal(9,4)) AS RecycleRate,
    CAST(COUNT(DISTINCT CASE WHEN m.Recycled = 1 THEN m.HandedOffLeadKey END) AS int) AS CohortLeadsRecycled,
    CAST(COUNT(DISTINCT CASE WHEN m.RecycledWithin30Days = 1 THEN m.HandedOffLeadKey END) AS int) AS CohortLeadsRecycledWithin30Days,
    CAST(CAST(COUNT(DISTINCT CASE WHEN m.RecycledWithin30Days = 1 THEN m.HandedOffLeadKey END) AS decimal(18,4))
        / NULLIF(COUNT(DISTINCT m.HandedOffLeadKey), 0) AS decimal(9,4)) AS RecycleRateWithin30Days
FROM Movement AS m
INNER JOIN dw.DimRep AS r ON r.RepKey = m.RepKey
INNER JOIN dw.DimPersona AS p ON p.PersonaKey = m.PersonaKey
GROUP BY m.YearMonth, r.RepKey, r.RepName, r.Team, r.ManagerName, p.PersonaKey, p.PersonaName;
