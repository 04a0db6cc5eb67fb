using System.Data.Common;
using Dapper;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Sources;
using Smarketing.Etl.Staging;
using Smarketing.Etl.Tests.Support;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Staging;

/// <summary>A file staged into an empty stg table is written once, straight into it; what the upsert guaranteed (newest row per
/// key, lineage, counts, the key check at commit) still holds, and a file staged into a table with rows is merged as before.</summary>
public class StagerFirstLoadTests
{
    private const string Header = "Id,Company,Status,CreatedDate,SystemModstamp\n";

    // L1 three times (the newest SystemModstamp is on line 4, not the last line), L3 twice with equal versions (the later line 7
    // wins, as the upsert's tie-break on SourceLine), L2 once: 6 rows read, 3 kept.
    private const string Day1 = Header +
        "L1,Old,Open,2025-01-02T09:00:00Z,2025-01-02T10:00:00Z\n" +
        "L2,Only,Open,2025-01-02T09:00:00Z,2025-01-02T10:00:00Z\n" +
        "L1,Newest,Open,2025-01-02T09:00:00Z,2025-01-02T12:00:00Z\n" +
        "L1,Older on a later line,Open,2025-01-02T09:00:00Z,2025-01-02T11:00:00Z\n" +
        "L3,Tie on the earlier line,Open,2025-01-02T09:00:00Z,2025-01-02T10:00:00Z\n" +
        "L3,Tie on the later line,Open,2025-01-02T09:00:00Z,2025-01-02T10:00:00Z\n";

    private string folder = null!;
    private RecordingLoader loader = null!;
    private SourceFile lead = null!;

    [SetUp]
    public void OpenWarehouse()
    {
        folder = CliProcess.TempFolder();
        var warehouse = DuckDbLoader.Open(Path.Combine(folder, "warehouse.duckdb"), WarehouseModel.LoadCatalog());
        DuckDbDeployer.Deploy(warehouse);
        loader = new RecordingLoader(warehouse);
        lead = SourceFiles.All.Single(s => s.FileName == "Lead.csv");
    }

    [TearDown]
    public void RemoveWarehouse()
    {
        loader.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private StagingResult Stage(string csv, int batchId)
    {
        var file = Path.Combine(folder, $"batch{batchId}", "Lead.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, csv);
        return new Stager(loader).Stage(file, lead, batchId);
    }

    private List<(string Id, string Company, int BatchId, int SourceLine)> Staged() =>
        loader.Inner.Connection.Query<(string, string, int, int)>(
            "SELECT Id, Company, BatchId, SourceLine FROM stg.SalesforceLead ORDER BY Id").ToList();

    [Test]
    public void A_first_load_goes_straight_into_the_empty_table_and_keeps_the_newest_row_of_each_key()
    {
        loader.BeginTransaction();
        var result = Stage(Day1, batchId: 1);
        loader.Commit();

        Assert.Multiple(() =>
        {
            Assert.That(loader.WorkTablesOpened, Is.Zero, "no work table: the rows were written once");
            Assert.That(loader.FirstLoadsOpened, Is.EqualTo(1));
            Assert.That((result.RowsRead, result.Counts), Is.EqualTo((6L, new UpsertCounts(3, 0, 0, 0))));
            Assert.That(Staged(), Is.EqualTo(new[]
            {
                ("L1", "Newest", 1, 4), ("L2", "Only", 1, 3), ("L3", "Tie on the later line", 1, 7),
            }));
        });
    }

    [Test]
    public void A_file_staged_into_a_table_with_rows_is_merged_through_the_work_table_as_before()
    {
        loader.BeginTransaction();
        Stage(Day1, batchId: 1);
        loader.Commit();

        // Day 2: L1 arrives with an older version than staged (stale: unchanged), L2 renamed later (updated), L4 new (inserted).
        loader.BeginTransaction();
        var result = Stage(Header +
            "L1,Stale,Open,2025-01-02T09:00:00Z,2025-01-02T11:30:00Z\n" +
            "L2,Renamed,Open,2025-01-02T09:00:00Z,2025-01-03T10:00:00Z\n" +
            "L4,New,Open,2025-01-03T09:00:00Z,2025-01-03T10:00:00Z\n", batchId: 2);
        loader.Commit();

        Assert.Multiple(() =>
        {
            Assert.That((loader.FirstLoadsOpened, loader.WorkTablesOpened), Is.EqualTo((1, 1)));
            Assert.That(result.Counts, Is.EqualTo(new UpsertCounts(1, 1, 1, 0)));
            Assert.That(Staged(), Is.EqualTo(new[]
            {
                ("L1", "Newest", 1, 4), ("L2", "Renamed", 2, 3), ("L3", "Tie on the later line", 1, 7), ("L4", "New", 2, 4),
            }));
        });
    }

    [Test]
    public void A_first_load_rolled_back_leaves_the_table_empty_and_the_rerun_loads_it_once_again()
    {
        loader.BeginTransaction();
        Stage(Day1, batchId: 1);
        loader.Rollback();
        Assert.That(Staged(), Is.Empty);

        loader.BeginTransaction();
        var rerun = Stage(Day1, batchId: 2);
        loader.Commit();

        Assert.Multiple(() =>
        {
            Assert.That((loader.FirstLoadsOpened, loader.WorkTablesOpened), Is.EqualTo((2, 0)));
            Assert.That(rerun.Counts.Inserted, Is.EqualTo(3));
            Assert.That(Staged().Select(s => (s.Id, s.BatchId)), Is.EqualTo(new[] { ("L1", 2), ("L2", 2), ("L3", 2) }));
        });
    }

    /// <summary>Forwards to the real loader and counts which write path the stager took.</summary>
    private sealed class RecordingLoader(DuckDbLoader inner) : IWarehouseLoader
    {
        public DuckDbLoader Inner => inner;

        public int WorkTablesOpened { get; private set; }

        public int FirstLoadsOpened { get; private set; }

        public string Engine => inner.Engine;

        public SchemaCatalog Catalog => inner.Catalog;

        public int StartBatch(DateTime asOfUtc, string mode, string sourcePath) => inner.StartBatch(asOfUtc, mode, sourcePath);

        public void FinishBatch(int batchId, BatchStatus status, int exitCode, string? message, DateTime asOfUtc,
            IReadOnlyList<EntityCount> counts, IReadOnlyList<RejectedRow> rejects, IReadOnlyList<string> notes) =>
            inner.FinishBatch(batchId, status, exitCode, message, asOfUtc, counts, rejects, notes);

        public void BeginTransaction() => inner.BeginTransaction();

        public void Commit() => inner.Commit();

        public void Rollback() => inner.Rollback();

        public IRowWriter OpenWorkTable(TableDefinition target, IReadOnlyList<string> columns)
        {
            WorkTablesOpened++;
            return inner.OpenWorkTable(target, columns);
        }

        public long FillWorkTable(TableDefinition target, IReadOnlyList<string> columns, string selectSql) =>
            inner.FillWorkTable(target, columns, selectSql);

        public UpsertCounts Upsert(TableDefinition target, UpsertOptions options) => inner.Upsert(target, options);

        public IRowWriter? OpenFirstLoad(TableDefinition target, IReadOnlyList<string> columns)
        {
            var writer = inner.OpenFirstLoad(target, columns);
            FirstLoadsOpened += writer is null ? 0 : 1;
            return writer;
        }

        public long? FillFirstLoad(TableDefinition target, IReadOnlyList<string> columns, string selectSql) =>
            inner.FillFirstLoad(target, columns, selectSql);

        public UpsertCounts CompleteFirstLoad(TableDefinition target, UpsertOptions options) => inner.CompleteFirstLoad(target, options);

        public DbDataReader Read(string sql) => inner.Read(sql);

        public long Execute(string sql) => inner.Execute(sql);

        public void Dispose() => inner.Dispose();
    }
}
