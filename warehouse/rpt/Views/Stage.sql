-- One row per funnel stage, in funnel order (SortOrder), including the unknown member 0.
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
