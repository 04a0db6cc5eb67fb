using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Revenue;

/// <summary>A row of dw.FactPipelineSnapshot: an opportunity open at the end of a week or of a calendar month, as it stood then.
/// Property names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("dw.FactPipelineSnapshot")]
public sealed record FactPipelineSnapshotRow(
    int SnapshotDateKey,
    string SalesforceOpportunityId,
    int StageKey,
    int AccountKey,
    int OwnerRepKey,
    int PrimaryCampaignKey,
    int? CloseDateKey,
    string TypeCategory,
    string? ForecastCategory,
    decimal? Amount,
    int? Probability,
    decimal? WeightedAmount,
    int DaysInStage,
    int AgeDays,
    bool IsWeekEnd,
    bool IsMonthEnd,
    int BatchId);
