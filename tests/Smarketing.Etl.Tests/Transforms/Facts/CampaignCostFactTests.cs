using System.Globalization;
using Dapper;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;
using Smarketing.Etl.Transforms;
using Smarketing.Etl.Transforms.Dimensions;
using Smarketing.Etl.Transforms.Facts;

namespace Smarketing.Etl.Tests.Transforms.Facts;

/// <summary>The set-based dw.FactCampaignCost (prep.CampaignCost): hand-worked campaigns, each chosen for one rule, and 400
/// generated ones compared month by month with the procedural definition it replaced (<see cref="Reference"/>: days per month,
/// parts rounded with .NET's decimal.Round, half to even, the remainder on the last month).</summary>
[NonParallelizable]
public class CampaignCostFactTests
{
    private static readonly DateOnly AsOf = new(2024, 9, 30);

    private string folder = null!;
    private DuckDbLoader warehouse = null!;
    private List<Campaign> generated = null!;
    private List<(string Id, int Month, decimal Actual, decimal Budget, string Method)> loaded = null!;

    private sealed record Campaign(string Id, DateOnly? Start, DateOnly? End, decimal? Actual, decimal? Budget, DateOnly Created, bool Deleted);

    [OneTimeSetUp]
    public void Load()
    {
        var d = (int y, int m, int day) => new DateOnly(y, m, day);
        var campaigns = new List<Campaign>
        {
            new("H1", d(2024, 1, 20), d(2024, 3, 5), 100m, null, d(2024, 1, 1), false),   // 12 + 29 + 5 = 46 days
            new("H2", d(2024, 1, 31), d(2024, 2, 1), 0.0001m, 0.0003m, d(2024, 1, 1), false), // 1 + 1 days: two midpoints
            new("H3", d(2024, 5, 10), null, 250m, 300m, d(2024, 1, 1), false),              // no end: start month
            new("H4", d(2024, 9, 15), d(2024, 11, 14), 61m, 61m, d(2024, 1, 1), false),     // runs past the as-of date
            new("H5", null, d(2024, 2, 29), 29m, null, d(2024, 2, 1), false),               // no start: from its creation
            new("H6", d(2024, 1, 1), d(2024, 1, 31), 10m, null, d(2024, 1, 1), true),       // deleted
        };
        var random = new Random(20261203);
        generated = Enumerable.Range(1, 400).Select(i =>
        {
            var start = random.Next(10) == 0 ? (DateOnly?)null : d(2023, 1, 1).AddDays(random.Next(700));
            var created = d(2023, 1, 1).AddDays(random.Next(600));
            DateOnly? end = random.Next(5) == 0 ? null : (start ?? created).AddDays(random.Next(-20, 400));
            // Tiny costs (a few ten-thousandths over a few days) hit rounding midpoints; large ones exercise the arithmetic.
            decimal? Cost() => random.Next(6) switch
            {
                0 => null,
                1 => random.Next(1, 10) / 10000m,
                _ => random.Next(0, 1_000_000_000) / 10000m,
            };
            return new Campaign($"G{i:000}", start, end, Cost(), Cost(), created, random.Next(20) == 0);
        }).ToList();
        campaigns.AddRange(generated);

        folder = CliProcess.TempFolder();
        warehouse = DuckDbLoader.Open(Path.Combine(folder, "warehouse.duckdb"), WarehouseModel.LoadCatalog());
        DuckDbDeployer.Deploy(warehouse);
        static string Sql(object? v) => v switch
        {
            null => "NULL",
            DateOnly x => $"DATE '{x:yyyy-MM-dd}'",
            decimal x => x.ToString(CultureInfo.InvariantCulture),
            bool x => x ? "true" : "false",
            _ => $"'{v}'",
        };
        warehouse.Execute("INSERT INTO stg.SalesforceCampaign (Id, Name, StartDate, EndDate, ActualCost, BudgetedCost, CreatedDate, IsDeleted, " +
            "BatchId, SourceFile, SourceLine) VALUES " + string.Join(", ", campaigns.Select(c =>
                $"({Sql(c.Id)}, 'n', {Sql(c.Start)}, {Sql(c.End)}, {Sql(c.Actual)}, {Sql(c.Budget)}, {Sql(c.Created)}, {Sql(c.Deleted)}, 1, 'x.csv', 1)")));

        var asOf = AsOf.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc);
        var batch = warehouse.StartBatch(asOf, "test", folder);
        var context = new TransformContext(warehouse, ConfigurationLoader.Load(null).Value, batch, asOf);
        foreach (var transform in new ITransform[] { new ConfiguredLookups(), new DateDimension(), new CampaignDimension(), new CampaignCostFact() })
        {
            transform.Run(context);
        }

        loaded = warehouse.Connection.Query<(string, int, decimal, decimal, string)>(
            "SELECT c.SalesforceCampaignId, f.MonthStartDateKey, f.ActualCost, f.BudgetedCost, f.AllocationMethod FROM dw.FactCampaignCost AS f " +
            "INNER JOIN dw.DimCampaign AS c ON c.CampaignKey = f.CampaignKey ORDER BY 1, 2").ToList();
    }

    [OneTimeTearDown]
    public void Close()
    {
        warehouse.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private List<(string Id, int Month, decimal Actual, decimal Budget, string Method)> Of(string id) => loaded.Where(r => r.Id == id).ToList();

    [Test]
    public void Cost_is_spread_by_days_per_month_with_the_rounding_remainder_on_the_last_month()
    {
        // 100 × 12/46 = 26.08695… → 26.0870; 100 × 29/46 = 63.04347… → 63.0435; the last month takes 100 − 89.1305 = 10.8695.
        Assert.That(Of("H1"), Is.EqualTo(new[]
        {
            ("H1", 20240101, 26.0870m, 0m, "ProratedByDays"), ("H1", 20240201, 63.0435m, 0m, "ProratedByDays"),
            ("H1", 20240301, 10.8695m, 0m, "ProratedByDays"),
        }));
    }

    [Test]
    public void A_part_exactly_halfway_rounds_to_even_as_decimal_Round_does_not_away_from_zero()
    {
        // Two months of one day each. Actual 0.0001 / 2 = 0.00005 → 0.0000 (even; SQL's ROUND would give 0.0001), the last month
        // takes 0.0001. Budget 0.0003 / 2 = 0.00015 → 0.0002 (even), the last month takes 0.0001.
        Assert.That(Of("H2"), Is.EqualTo(new[]
        {
            ("H2", 20240101, 0.0000m, 0.0002m, "ProratedByDays"), ("H2", 20240201, 0.0001m, 0.0001m, "ProratedByDays"),
        }));
    }

    [Test]
    public void A_campaign_without_an_end_date_books_cost_and_budget_in_its_start_month()
    {
        Assert.That(Of("H3"), Is.EqualTo(new[] { ("H3", 20240501, 250m, 300m, "StartMonth") }));
    }

    [Test]
    public void Cost_to_date_stops_at_the_as_of_date_while_the_budget_runs_to_the_end_date()
    {
        // Cost: 15–30 Sep (16 days) → all 61 in September. Budget: 16 + 31 + 14 = 61 days → 16, 31, 14.
        Assert.That(Of("H4"), Is.EqualTo(new[]
        {
            ("H4", 20240901, 61m, 16m, "ProratedByDays"), ("H4", 20241001, 0m, 31m, "ProratedByDays"),
            ("H4", 20241101, 0m, 14m, "ProratedByDays"),
        }));
    }

    [Test]
    public void A_campaign_without_a_start_date_is_spread_from_its_creation_and_a_deleted_one_is_left_out()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Of("H5"), Is.EqualTo(new[] { ("H5", 20240201, 29m, 0m, "ProratedByDays") }));
            Assert.That(Of("H6"), Is.Empty);
        });
    }

    [Test]
    public void Generated_campaigns_get_exactly_the_months_and_amounts_of_the_procedural_definition()
    {
        var expected = generated.Where(c => !c.Deleted).SelectMany(Reference).OrderBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Month).ToList();
        var actual = loaded.Where(r => r.Id.StartsWith('G')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(expected, Has.Count.GreaterThan(1000), "the generated campaigns cover many months");
            Assert.That(actual, Is.EqualTo(expected));
        });
    }

    /// <summary>The procedural CampaignCostFact this view replaced, kept as the specification.</summary>
    private static IEnumerable<(string Id, int Month, decimal Actual, decimal Budget, string Method)> Reference(Campaign c)
    {
        if ((c.Actual ?? 0) == 0 && (c.Budget ?? 0) == 0)
        {
            yield break;
        }

        var first = c.Start ?? c.Created;
        var costEnd = c.End is { } e && e < AsOf ? e : AsOf;
        var prorated = c.End is not null && costEnd >= first;
        var actualMonths = prorated ? DaysPerMonth(first, costEnd).ToList() : [(new DateOnly(first.Year, first.Month, 1), 1)];
        var budgetMonths = c.End is { } planned && planned >= first ? DaysPerMonth(first, planned).ToList() : actualMonths;
        var actual = Split(c.Actual ?? 0m, actualMonths.Select(m => m.Days).ToList());
        var budget = Split(c.Budget ?? 0m, budgetMonths.Select(m => m.Days).ToList());
        var rows = new SortedDictionary<DateOnly, (decimal Actual, decimal Budget)>();
        for (var i = 0; i < actualMonths.Count; i++)
        {
            rows[actualMonths[i].Month] = (actual[i], 0m);
        }

        for (var i = 0; i < budgetMonths.Count; i++)
        {
            rows[budgetMonths[i].Month] = (rows.GetValueOrDefault(budgetMonths[i].Month).Actual, budget[i]);
        }

        foreach (var (month, (cost, budgeted)) in rows)
        {
            yield return (c.Id, DateKey.From(month), cost, budgeted, prorated ? "ProratedByDays" : "StartMonth");
        }
    }

    private static IEnumerable<(DateOnly Month, int Days)> DaysPerMonth(DateOnly start, DateOnly end)
    {
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= end; month = month.AddMonths(1))
        {
            var from = month < start ? start : month;
            var last = month.AddMonths(1).AddDays(-1);
            yield return (month, (last > end ? end : last).DayNumber - from.DayNumber + 1);
        }
    }

    private static decimal[] Split(decimal amount, IReadOnlyList<int> weights)
    {
        var total = weights.Sum();
        var parts = weights.Select(w => decimal.Round(amount * w / total, 4)).ToArray();
        parts[^1] += amount - parts.Sum();
        return parts;
    }
}
