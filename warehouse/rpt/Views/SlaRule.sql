-- One row per configured SLA rule, including the unknown member 0.
CREATE VIEW rpt.SlaRule
AS
SELECT
    r.SlaRuleKey,
    r.SlaRuleName,
    r.SlaRole,
    r.StartStage,
    r.StopStages,
    r.StopEvent,
    r.TargetBusinessHours,
    r.CalendarName,
    r.Description
FROM dw.DimSlaRule AS r;
