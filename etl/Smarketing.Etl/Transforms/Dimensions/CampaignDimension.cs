using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimCampaign from staged Salesforce campaigns; channel from the configured campaign-type map (etl.CampaignChannel,
/// written just before by <see cref="ConfiguredLookups"/>). Set-based: the rows come from the view prep.Campaign and are written
/// into the work table inside the engine, so no campaign passes through the ETL process.</summary>
public sealed class CampaignDimension : ITransform
{
    /// <summary>The dimension's columns, in the order of <see cref="Sql"/>.</summary>
    internal static readonly string[] Columns =
    [
        "SalesforceCampaignId", "MarketoProgramId", "CampaignName", "CampaignType", "Channel", "Status", "ParentSalesforceCampaignId",
        "StartDateKey", "EndDateKey", "BudgetedCost", "ActualCost", "ExpectedRevenue", "IsActive", "CreatedAtUtc", "IsDeleted", "BatchId",
    ];

    /// <summary>Every staged campaign, stamped with the running batch; in id order, so new surrogate keys follow it.</summary>
    internal const string Sql =
        "SELECT p.SalesforceCampaignId, p.MarketoProgramId, p.CampaignName, p.CampaignType, p.Channel, p.Status, " +
        "p.ParentSalesforceCampaignId, p.StartDateKey, p.EndDateKey, p.BudgetedCost, p.ActualCost, p.ExpectedRevenue, p.IsActive, " +
        "p.CreatedAtUtc, p.IsDeleted, " + CurrentBatch.Id + " FROM prep.Campaign AS p ORDER BY p.SalesforceCampaignId";

    /// <inheritdoc />
    public string Table => "dw.DimCampaign";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var table = context.Loader.Catalog.Table(Table);
        var read = context.Loader.FillWorkTable(table, Columns, Sql);
        var counts = context.Loader.Upsert(table, UpsertOptions.Default);
        return [new EntityCount(Table, read, counts.Inserted, counts.Updated, counts.Deleted, 0)];
    }
}
