-- One row per opportunity of every type (deleted ones left out): the accumulating opportunity fact for Power BI. Amounts are in
-- ReportingCurrencyIsoCode; OriginalAmount is in the opportunity's own CurrencyIsoCode.
CREATE VIEW rpt.Opportunity
AS
SELECT
    o.OpportunityKey,
    o.SalesforceOpportunityId,
    o.OpportunityName,
    o.AccountKey,
    o.LeadKey,
    o.OwnerRepKey,
    o.PrimaryCampaignKey,
    o.PersonaKey,
    o.CurrentStageKey,
    COALESCE(o.OpportunityType, 'Unknown') AS OpportunityType,
    o.TypeCategory,
    o.IsNewCustomer,
    COALESCE(o.LeadSource, 'Unknown') AS LeadSource,
    o.ForecastCategory,
    o.CurrencyIsoCode,
    o.OriginalAmount,
    o.ReportingCurrencyIsoCode,
    o.ExchangeRate,
    o.Amount,
    o.Probability,
    o.WeightedAmount,
    o.WonAmount,
    o.CreatedDateKey,
    o.DiscoveryDateKey,
    o.DemonstrationDateKey,
    o.JustificationDateKey,
    o.NegotiationDateKey,
    o.CloseDateKey,
    o.ClosedDateKey,
    o.WonDateKey,
    o.LostDateKey,
    o.CreatedAtUtc,
    o.ClosedAtUtc,
    o.IsClosed,
    o.IsWon,
    o.CycleDays,
    o.ReachedBidStage
FROM dw.FactOpportunity AS o
WHERE o.IsDeleted = 0;
