-- One row per lead per funnel cycle (accumulating snapshot) keyed for the Power BI star: the inquiry date, milestone flags (0/1) and
-- lags in days from the start of the cycle.
-- Columns:
--   CycleNumber: Funnel cycle of the lead: 1, then +1 on each recycle; not additive.
--   Channel: Channel of the lead-creation campaign.
--   SalesforceOpportunityId: Salesforce id of the cycle's opportunity; empty when none.
--   ReachedMql: 1 when the cycle reached MQL, else 0.
--   ReachedHandoff: 1 when the cycle was handed off to sales, else 0.
--   ReachedSal: 1 when the cycle reached SAL, else 0.
--   ReachedSql: 1 when the cycle reached SQL, else 0.
--   ReachedOpportunity: 1 when the cycle reached an opportunity, else 0.
--   ReachedWon: 1 when the cycle's opportunity was won, else 0.
--   WasRecycled: 1 when the cycle ended in a recycle, else 0.
--   DaysInquiryToMql: Days from the cycle's inquiry to MQL; empty until reached; not additive.
--   DaysInquiryToHandoff: Days from the cycle's inquiry to handoff; empty until reached; not additive.
--   DaysInquiryToSal: Days from the cycle's inquiry to SAL; empty until reached; not additive.
--   DaysInquiryToSql: Days from the cycle's inquiry to SQL; empty until reached; not additive.
--   DaysInquiryToOpportunity: Days from the cycle's inquiry to the opportunity; empty until reached; not additive.
--   DaysInquiryToWon: Days from the cycle's inquiry to won; empty until reached; not additive.
--   DaysOpportunityToWon: Sales cycle length of the cycle's won opportunity, in days; not additive.
--   ScoreAtHandoff: Marketo lead score at the handoff (the last Change Score before it), in points; not additive.
--   ScoreBand: Band of the score at handoff (scoreBands).
--   IsCurrentCycleCount: 1 on the lead's current cycle, else 0: sums to the number of leads.
CREATE VIEW rpt.LeadFunnel
AS
SELECT
    f.LeadFunnelKey,
    f.LeadKey,
    f.PersonaKey,
    f.OwnerRepKey,
    f.FirstTouchCampaignKey,
    f.LeadCreationCampaignKey,
    f.CurrentStageKey,
    f.InquiryDateKey,
    f.CycleNumber,
    f.Channel,
    f.SalesforceOpportunityId,
    CAST(CASE WHEN f.MqlDateKey IS NULL THEN 0 ELSE 1 END AS int) AS ReachedMql,
    CAST(CASE WHEN f.HandoffDateKey IS NULL THEN 0 ELSE 1 END AS int) AS ReachedHandoff,
    CAST(CASE WHEN f.SalDateKey IS NULL THEN 0 ELSE 1 END AS int) AS ReachedSal,
    CAST(CASE WHEN f.SqlDateKey IS NULL THEN 0 ELSE 1 END AS int) AS ReachedSql,
    CAST(CASE WHEN f.OpportunityDateKey IS NULL THEN 0 ELSE 1 END AS int) AS ReachedOpportunity,
    CAST(CASE WHEN f.WonDateKey IS NULL THEN 0 ELSE 1 END AS int) AS ReachedWon,
    CAST(CASE WHEN f.RecycledDateKey IS NULL THEN 0 ELSE 1 END AS int) AS WasRecycled,
    f.DaysInquiryToMql,
    f.DaysInquiryToHandoff,
    f.DaysInquiryToSal,
    f.DaysInquiryToSql,
    f.DaysInquiryToOpportunity,
    f.DaysInquiryToWon,
    f.DaysOpportunityToWon,
    f.ScoreAtHandoff,
    f.ScoreBand,
    CAST(CASE WHEN f.IsCurrentCycle = 1 THEN 1 ELSE 0 END AS int) AS IsCurrentCycleCount
FROM dw.FactLeadFunnel AS f;
