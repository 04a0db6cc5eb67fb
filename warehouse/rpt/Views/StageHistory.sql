-- One row per lead per stage entry on its lead -> opportunity timeline, keyed for the Power BI star; IsRecycleCount marks moves from
-- Handoff, SAL or SQL to a Recycled stage (leads sent back to marketing).
-- Columns:
--   SequenceNumber: Position of the stage entry in the lead's timeline (1, 2, ... in time order); not additive.
--   CycleNumber: Funnel cycle of the entry: 1, then +1 on each recycle; not additive.
--   SalesforceOpportunityId: Salesforce id of the opportunity for opportunity stages; empty on lead stages.
--   EnteredAtUtc: When the lead entered the stage (UTC).
--   ExitedAtUtc: When it left the stage (UTC); empty while current.
--   DurationHours: Clock hours spent in the stage; empty while current.
--   BusinessHours: Working hours in the owner's calendar spent in the stage; empty while current.
--   DaysFromInquiry: Days from the lead's first inquiry to entering this stage.
--   DaysFromOpportunityStart: Opportunity stages only: days from the opportunity's first stage (the sales cycle at Closed Won).
--   SourceSystem: Where the entry comes from: Salesforce, Marketo or Derived.
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
