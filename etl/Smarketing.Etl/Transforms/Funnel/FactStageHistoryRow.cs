using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>A row of dw.FactStageHistory: one entry of a lead into a funnel stage, with how long it stayed (clock and business
/// hours). Property names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("dw.FactStageHistory")]
public sealed record FactStageHistoryRow(
    int LeadKey,
    int SequenceNumber,
    short CycleNumber,
    int StageKey,
    int? PreviousStageKey,
    int? NextStageKey,
    string? SalesforceOpportunityId,
    DateTime EnteredAtUtc,
    DateTime? ExitedAtUtc,
    int EnteredDateKey,
    int? ExitedDateKey,
    int OwnerRepKey,
    int PersonaKey,
    int CampaignKey,
    decimal? DurationHours,
    decimal? BusinessHours,
    decimal? DaysFromInquiry,
    decimal? DaysFromOpportunityStart,
    bool IsCurrent,
    string SourceSystem,
    string? SourceValue,
    string? RecycleReason,
    int BatchId);
