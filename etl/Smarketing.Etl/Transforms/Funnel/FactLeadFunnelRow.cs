using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>A row of dw.FactLeadFunnel: one funnel cycle of a lead with its milestone dates and the days between them. Property
/// names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("dw.FactLeadFunnel")]
public sealed record FactLeadFunnelRow(
    int LeadKey,
    short CycleNumber,
    int PersonaKey,
    int OwnerRepKey,
    int FirstTouchCampaignKey,
    int LeadCreationCampaignKey,
    int CurrentStageKey,
    string Channel,
    string? SalesforceOpportunityId,
    int? InquiryDateKey,
    int? MqlDateKey,
    int? HandoffDateKey,
    int? SalDateKey,
    int? SqlDateKey,
    int? OpportunityDateKey,
    int? WonDateKey,
    int? LostDateKey,
    int? RecycledDateKey,
    int? DisqualifiedDateKey,
    decimal? DaysInquiryToMql,
    decimal? DaysInquiryToHandoff,
    decimal? DaysInquiryToSal,
    decimal? DaysInquiryToSql,
    decimal? DaysInquiryToOpportunity,
    decimal? DaysInquiryToWon,
    decimal? DaysOpportunityToWon,
    int? ScoreAtHandoff,
    string? ScoreBand,
    bool IsCurrentCycle,
    int BatchId);
