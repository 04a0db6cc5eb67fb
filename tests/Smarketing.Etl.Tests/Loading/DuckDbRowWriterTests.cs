using System.Reflection;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Tests.Support;
using Smarketing.Etl.Transforms;
using Smarketing.Etl.Transforms.Funnel;

namespace Smarketing.Etl.Tests.Loading;

public class DuckDbRowWriterTests
{
    private DuckDbLoader loader = null!;

    [SetUp]
    public void Open()
    {
        loader = DuckDbLoader.Open(Path.Combine(TestTemp.Root, Guid.NewGuid() + ".duckdb"), WarehouseModel.LoadCatalog());
        loader.Execute("CREATE SCHEMA dw;");
        loader.Execute(DuckDbSchemaScript.CreateTable(loader.Catalog.Table("dw.FactSlaClock")));
    }

    [TearDown]
    public void Close() => loader.Dispose();

    [Test]
    public void Every_row_record_of_the_ETL_is_appended_typed_column_by_column_without_a_value_array()
    {
        var untyped = new List<string>();
        foreach (var type in RowMapping.RecordTypes)
        {
            var offers = GetType().GetMethod(nameof(OffersTypedWriter), BindingFlags.NonPublic | BindingFlags.Instance)!;
            var offered = offers.MakeGenericMethod(type).Invoke(this, null);
            if (offered is false)
            {
                untyped.Add(type.Name);
            }
        }

        Assert.That(RowMapping.RecordTypes, Is.Not.Empty);
        Assert.That(untyped, Is.Empty);
    }

    [Test]
    public void A_typed_row_keeps_every_value_and_null_exactly_as_the_record_holds_it()
    {
        var started = new DateTime(2025, 3, 7, 9, 30, 15, DateTimeKind.Utc);
        var open = new FactSlaClockRow(11, 2, started, 1, 5, 3, 20250307, started.AddHours(8), 20250307, null, null, null, null,
            3.25m, 8m, 0m, "Open", false, false, true, false, false, started.AddDays(1), 9);
        var met = open with
        {
            LeadKey = 12, ResolvedAtUtc = started.AddHours(2), ResolvedDateKey = 20250307, ResolutionStageKey = 4,
            Resolution = "Accepted", ElapsedBusinessHours = 1.75m, Status = "Met", IsMet = true, IsOpen = false,
        };

        var counts = loader.Upsert([open, met], UpsertOptions.Default);

        Assert.That(counts.RowsRead, Is.EqualTo(2));
        Assert.That(counts.RowsInserted, Is.EqualTo(2));
        using var r = loader.Read(
            "SELECT LeadKey, StartedAtUtc, CycleNumber, ResolvedAtUtc, ResolvedDateKey, ResolutionStageKey, Resolution, " +
            "ElapsedBusinessHours, Status, IsMet, IsOpen, AsOfUtc FROM dw.FactSlaClock ORDER BY LeadKey");
        var rows = new List<object?[]>();
        while (r.Read())
        {
            rows.Add([r.Int(0), r.Instant(1), r.GetInt16(2), r.Instant(3), r.Int(4), r.Int(5), r.Str(6), r.Dec(7), r.Str(8),
                r.Bool(9), r.Bool(10), r.Instant(11)]);
        }

        Assert.That(rows, Is.EqualTo(new[]
        {
            new object?[] { 11, started, (short)1, null, null, null, null, 3.25m, "Open", false, true, started.AddDays(1) },
            new object?[]
            {
                12, started, (short)1, started.AddHours(2), 20250307, 4, "Accepted", 1.75m, "Met", true, false,
                started.AddDays(1),
            },
        }));
    }

    private bool OffersTypedWriter<T>()
        where T : class
    {
        var map = RowMap<T>.Instance;
        using var writer = loader.OpenWorkTable(map.Resolve(loader.Catalog), map.Columns);
        return writer.TypedWriter<T>(map.Columns) is not null;
    }
}
