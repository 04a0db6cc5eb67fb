using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>A row of dw.FactAccountStageHistory: one account's entry into one account-funnel stage. Property names are the
/// table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("dw.FactAccountStageHistory")]
public sealed record FactAccountStageHistoryRow(
    int AccountKey,
    short StageNumber,
    string StageName,
    int EnteredDateKey,
    int? DaysFromPreviousStage,
    int DaysFromTarget,
    bool IsInferred,
    bool IsCurrent,
    string Segment,
    int FirstEngagedLeadKey,
    int FirstEngagedPersonaKey,
    int FirstEngagedCampaignKey,
    string FirstEngagedChannel,
    int BatchId);
