using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Revenue;

/// <summary>A row of dw.FactOpportunity: one opportunity of any type with its amounts in the reporting currency and its stage
/// dates. Property names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("dw.FactOpportunity")]
public sealed record FactOpportunityRow(
    string SalesforceOpportunityId,
    string? OpportunityName,
    int AccountKey,
    int LeadKey,
    int OwnerRepKey,
    int PrimaryCampaignKey,
    int PersonaKey,
    int CurrentStageKey,
    string? OpportunityType,
    string TypeCategory,
    bool IsNewCustomer,
    string? LeadSource,
    string? ForecastCategory,
    string? CurrencyIsoCode,
    decimal? OriginalAmount,
    string ReportingCurrencyIsoCode,
    decimal? ExchangeRate,
    decimal? Amount,
    int? Probability,
    decimal? WeightedAmount,
    decimal WonAmount,
    int CreatedDateKey,
    int? DiscoveryDateKey,
    int? DemonstrationDateKey,
    int? JustificationDateKey,
    int? NegotiationDateKey,
    int? CloseDateKey,
    int? ClosedDateKey,
    int? WonDateKey,
    int? LostDateKey,
    DateTime CreatedAtUtc,
    DateTime? ClosedAtUtc,
    bool IsClosed,
    bool IsWon,
    decimal? CycleDays,
    bool ReachedBidStage,
    bool IsDeleted,
    int BatchId);
