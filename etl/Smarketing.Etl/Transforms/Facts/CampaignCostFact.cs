using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Facts;

/// <summary>dw.FactCampaignCost: each campaign's actual (and budgeted) cost spread over the calendar months it ran, in proportion
/// to its days in each month. Cost to date is spread up to the end date or the as-of date, whichever is earlier; a campaign
/// without an end date books its cost in its start month. Month amounts are rounded to 4 places and sum exactly to the cost.</summary>
public sealed class CampaignCostFact : ITransform
{
    private static readonly string[] Columns = ["CampaignKey", "MonthStartDateKey", "ActualCost", "BudgetedCost", "AllocationMethod", "BatchId"];

    /// <inheritdoc />
    public string Table => "dw.FactCampaignCost";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context) =>
        [TableLoad.Upsert(context.Loader, Table, Columns, Rows(context), UpsertOptions.Replace)];

    /// <summary>Days of [<paramref name="start"/>, <paramref name="end"/>] (inclusive) in each month: (month start, days).</summary>
    public static IEnumerable<(DateOnly Month, int Days)> DaysPerMonth(DateOnly start, DateOnly end)
    {
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= end; month = month.AddMonths(1))
        {
            var from = month < start ? start : month;
            var last = month.AddMonths(1).AddDays(-1);
            var to = last > end ? end : last;
            yield return (month, to.DayNumber - from.DayNumber + 1);
        }
    }

    /// <summary>Splits <paramref name="amount"/> by the weights, rounded to 4 places; the last part takes the rounding remainder.</summary>
    public static decimal[] Split(decimal amount, IReadOnlyList<int> weights)
    {
        var total = weights.Sum();
        var parts = weights.Select(w => decimal.Round(amount * w / total, 4)).ToArray();
        parts[^1] += amount - parts.Sum();
        return parts;
    }

    internal const string Sql =
        "SELECT c.CampaignKey, s.StartDate, s.EndDate, s.ActualCost, s.BudgetedCost, CAST(s.CreatedDate AS date) " +
        "FROM stg.SalesforceCampaign AS s INNER JOIN dw.DimCampaign AS c ON c.SalesforceCampaignId = s.Id " +
        "WHERE (s.ActualCost <> 0 OR s.BudgetedCost <> 0) AND (s.IsDeleted IS NULL OR s.IsDeleted = 0) ORDER BY c.CampaignKey";

    private static IEnumerable<object?[]> Rows(TransformContext context)
    {
        var asOf = DateOnly.FromDateTime(context.AsOfUtc);
        using var r = context.Loader.Read(Sql);
        while (r.Read())
        {
            var start = r.Date(1) ?? r.Date(5);
            if (start is not { } first)
            {
                continue;
            }

            var end = r.Date(2);
            var costEnd = end is { } e && e < asOf ? e : asOf;
            var prorated = end is not null && costEnd >= first;
            var actualMonths = prorated ? DaysPerMonth(first, costEnd).ToList() : [(new DateOnly(first.Year, first.Month, 1), 1)];
            var budgetMonths = end is { } planned && planned >= first ? DaysPerMonth(first, planned).ToList() : actualMonths;
            var actual = Split(r.Dec(3) ?? 0m, actualMonths.Select(m => m.Days).ToList());
            var budget = Split(r.Dec(4) ?? 0m, budgetMonths.Select(m => m.Days).ToList());
            var rows = new SortedDictionary<DateOnly, (decimal Actual, decimal Budget)>();
            for (var i = 0; i < actualMonths.Count; i++)
            {
                rows[actualMonths[i].Month] = (actual[i], 0m);
            }

            for (var i = 0; i < budgetMonths.Count; i++)
            {
                var existing = rows.GetValueOrDefault(budgetMonths[i].Month);
                rows[budgetMonths[i].Month] = (existing.Actual, budget[i]);
            }

            foreach (var (month, (cost, budgeted)) in rows)
            {
                yield return [r.Int(0), DateKey.From(month), cost, budgeted, prorated ? "ProratedByDays" : "StartMonth", context.BatchId];
            }
        }
    }
}
