using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>A row of dw.FactAttribution: one touch on an opportunity's path under one model, with its share of the pipeline and
/// the won revenue. Property names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("dw.FactAttribution")]
public sealed record FactAttributionRow(
    string SalesforceOpportunityId,
    string TouchId,
    int AttributionModelKey,
    string TouchSourceSystem,
    int LeadKey,
    int AccountKey,
    int CampaignKey,
    int ActivityTypeKey,
    int TouchDateKey,
    DateTime TouchAtUtc,
    int TouchSequenceNumber,
    int TouchCount,
    string TouchPosition,
    int OpportunityCreatedDateKey,
    int? WonDateKey,
    bool IsNewCustomer,
    decimal Weight,
    decimal AttributedPipeline,
    decimal AttributedRevenue,
    int BatchId);
