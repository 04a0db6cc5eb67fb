-- One row per opportunity of every type (deleted ones left out): the accumulating opportunity fact for Power BI. Amounts are in
-- ReportingCurrencyIsoCode; OriginalAmount is in the opportunity's own CurrencyIsoCode.
-- Columns:
--   SalesforceOpportunityId: The opportunity's 18-character Salesforce id.
--   OpportunityName: The opportunity name in Salesforce.
--   OpportunityType: Salesforce Opportunity.Type as exported (Unknown when empty).
--   TypeCategory: New, Renewal, Upgrade or Other, mapped from the type by opportunityTypes.
--   IsNewCustomer: True for a won New opportunity: the only thing that counts as acquiring a customer.
--   LeadSource: Salesforce LeadSource of the opportunity (Unknown when empty).
--   ForecastCategory: Salesforce forecast category now (Pipeline, Best Case, Commit, Closed, Omitted).
--   CurrencyIsoCode: Currency of the amount entered in Salesforce.
--   ReportingCurrencyIsoCode: Currency of Amount, Weighted amount and Won amount (reportingCurrency).
--   ExchangeRate: Reporting-currency units per unit of the original currency on the close date; empty when no rate is known.
--   Amount: Opportunity amount in the reporting currency.
--   Probability: Salesforce probability now, in percent (0-100); not additive.
--   WeightedAmount: Amount x probability, in the reporting currency.
--   WonAmount: Amount when won, else 0 (reporting currency).
--   CreatedAtUtc: When the opportunity was created (UTC).
--   ClosedAtUtc: When it entered its closed stage (UTC); empty while open.
--   IsClosed: True once won or lost.
--   IsWon: True when won.
--   CycleDays: Calendar days from creation to close; empty while open.
--   ReachedBidStage: True when it entered the bid stage (bidStage) or a later open or won stage, even if lost afterwards.
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
