-- One row per lead per funnel cycle (accumulating snapshot) keyed for the Power BI star: the inquiry date, milestone flags (0/1) and
-- lags in days from the start of the cycle.
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
