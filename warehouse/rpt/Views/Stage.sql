-- One row per funnel stage, in funnel order (SortOrder), including the unknown member 0.
-- Columns:
--   StageName: Name of the funnel stage in the funnel configuration.
--   SortOrder: Position of the stage in the funnel, for sorting.
--   OwnerTeam: Team that owns the stage: Marketing, Sales or Shared.
--   Category: Milestone category: Inquiry, MQL, Handoff, SAL, SQL, Opportunity, Won, Lost, Recycled or Disqualified.
--   IsHandoff: True for the stage where marketing hands the lead to sales.
--   IsTerminal: True for a stage that ends the cycle (won, lost, disqualified ...).
--   IsWon: True for the won stage.
CREATE VIEW rpt.Stage
AS
SELECT
    s.StageKey,
    s.StageName,
    s.SortOrder,
    s.OwnerTeam,
    s.Category,
    s.IsHandoff,
    s.IsTerminal,
    s.IsWon
FROM dw.DimStage AS s;
