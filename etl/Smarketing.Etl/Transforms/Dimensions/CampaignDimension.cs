using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimCampaign from staged Salesforce campaigns; channel from the configured campaign-type map.</summary>
public sealed class CampaignDimension : ITransform
{
    internal const string Sql =
        "SELECT Id, Marketo_Program_Id__c, Name, Type, Status, ParentId, StartDate, EndDate, BudgetedCost, ActualCost, ExpectedRevenue, IsActive, CreatedDate, IsDeleted " +
        "FROM stg.SalesforceCampaign ORDER BY Id";

    /// <inheritdoc />
    public string Table => "dw.DimCampaign";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        string[] columns =
        [
            "SalesforceCampaignId", "MarketoProgramId", "CampaignName", "CampaignType", "Channel", "Status", "ParentSalesforceCampaignId",
            "StartDateKey", "EndDateKey", "BudgetedCost", "ActualCost", "ExpectedRevenue", "IsActive", "CreatedAtUtc", "IsDeleted", "BatchId",
        ];
        return [TableLoad.Upsert(context.Loader, Table, columns, Rows(context))];
    }

    private static IEnumerable<object?[]> Rows(TransformContext context)
    {
        using var r = context.Loader.Read(Sql);
        while (r.Read())
        {
            yield return
            [
                r.Str(0), r.Int(1), r.Str(2) ?? "(unnamed)", r.Str(3) ?? "Unknown", context.Company.Channel(r.Str(3)), r.Str(4), r.Str(5),
                DateKey.From(r.Date(6)), DateKey.From(r.Date(7)), r.Dec(8) ?? 0m, r.Dec(9) ?? 0m, r.Dec(10) ?? 0m, r.Bool(11) ?? false,
                r.Instant(12), r.Bool(13) ?? false, context.BatchId,
            ];
        }
    }
}
