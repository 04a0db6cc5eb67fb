using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms.Facts;

/// <summary>dw.FactCampaignCost: each campaign's actual (and budgeted) cost spread over the calendar months it ran, in proportion
/// to its days in each month. Cost to date is spread up to the end date or the as-of date, whichever is earlier; a campaign
/// without an end date books its cost in its start month. Month amounts are rounded to 4 places (half to even) and sum exactly to
/// the cost. Set-based: the rows come from the view prep.CampaignCost (which explains the rounding); the batch's as-of, which the
/// view needs, is written first to etl.BatchAsOf.</summary>
public sealed class CampaignCostFact : ITransform
{
    /// <summary>The fact's columns, in the order of <see cref="Sql"/>.</summary>
    internal static readonly string[] Columns = ["CampaignKey", "MonthStartDateKey", "ActualCost", "BudgetedCost", "AllocationMethod", "BatchId"];

    /// <summary>Every costed campaign month, stamped with the running batch; in key order, so new surrogate keys follow it.</summary>
    internal const string Sql =
        "SELECT p.CampaignKey, p.MonthStartDateKey, p.ActualCost, p.BudgetedCost, p.AllocationMethod, " + CurrentBatch.Id +
        " FROM prep.CampaignCost AS p ORDER BY p.CampaignKey, p.MonthStartDateKey";

    /// <inheritdoc />
    public string Table => "dw.FactCampaignCost";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        context.Loader.Upsert([new BatchAsOfRow(context.BatchId, context.AsOfUtc)], UpsertOptions.Replace);
        var table = context.Loader.Catalog.Table(Table);
        var read = context.Loader.FillWorkTable(table, Columns, Sql);
        var counts = context.Loader.Upsert(table, UpsertOptions.Replace);
        return [new EntityCount(Table, read, counts.Inserted, counts.Updated, counts.Deleted, 0)];
    }
}
