-- One row per configured SLA rule, including the unknown member 0.
-- Columns:
--   SlaRuleName: Name of the SLA rule in the funnel configuration.
--   SlaRole: What reports read the rule for: handoff, speedToLead or qualification; empty when none.
--   StartStage: The stage whose entry starts the clock.
--   StopStages: Stages whose entry stops the clock, separated by ' | '; empty when an event stops it.
--   StopEvent: Event that stops the clock (e.g. FirstSalesTouch); empty when stages stop it.
--   TargetBusinessHours: Target from start to stop, in business hours of the owner's working calendar.
--   CalendarName: The business calendar the rule counts hours in.
--   Description: What the rule measures, from the funnel configuration.
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
