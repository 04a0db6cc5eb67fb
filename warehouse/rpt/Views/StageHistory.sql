-- One row per lead per stage entry on its lead -> opportunity timeline, keyed for the Power BI star; IsRecycleCount marks moves from
-- Handoff, SAL or SQL to a Recycled stage (leads sent back to marketing).
CREATE VIEW rpt.StageHistory
AS
SELECT
    h.StageHistoryKey,
    h.LeadKey,
    h.StageKey,
    h.OwnerRepKey,
    h.PersonaKey,
    h.CampaignKey,
    h.EnteredDateKey,
    h.SequenceNumber,
    h.CycleNumber,
    h.SalesforceOpportunityId,
    h.EnteredAtUtc,
    h.ExitedAtUtc,
    h.DurationHours,
    h.BusinessHours,
    h.DaysFromInquiry,
    h.DaysFromOpportunityStart,
    h.SourceSystem,
    CAST(CASE WHEN h.IsCurrent = 1 THEN 1 ELSE 0 END AS int) AS IsCurrentCount,
    CAST(CASE WHEN s.Category = 'Recycled' AND (ps.Category = 'Handoff' OR ps.Category = 'SAL' OR ps.Category = 'SQL') THEN 1 ELSE 0 END AS int) AS IsRecycleCount
FROM dw.FactStageHistory AS h
INNER JOIN dw.DimStage AS s ON s.StageKey = h.StageKey
LEFT JOIN dw.DimStage AS ps ON ps.StageKey = h.PreviousStageKey;
