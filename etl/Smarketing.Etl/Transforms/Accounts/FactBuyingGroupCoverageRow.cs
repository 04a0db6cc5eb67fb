using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>A row of dw.FactBuyingGroupCoverage: one new-business opportunity's buying-group coverage. Property names are the
/// table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("dw.FactBuyingGroupCoverage")]
public sealed record FactBuyingGroupCoverageRow(
    string SalesforceOpportunityId,
    int AccountKey,
    string Segment,
    int CreatedDateKey,
    int WindowEndDateKey,
    bool IsClosed,
    bool IsWon,
    decimal? CycleDays,
    int ContactRoles,
    int RequiredRoles,
    int RolesPresent,
    int RolesEngaged,
    decimal CoveragePercent,
    string CoverageBand,
    short CoverageBandOrder,
    string? MissingRoles,
    bool IsGroupComplete,
    int? GroupCompleteDateKey,
    int? DaysToCompleteGroup,
    int BatchId);
