using Dapper;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Loading;

public class DuckDbLoaderTests
{
    private DuckDbLoader loader = null!;
    private TableDefinition dim = null!;
    private TableDefinition stg = null!;

    [SetUp]
    public void Open()
    {
        dim = A.Dimension();
        stg = A.StagingLead();
        var catalog = new SchemaCatalog(["dw", "stg"], [dim, stg], [], "");
        loader = DuckDbLoader.Open(Path.Combine(TestTemp.Root, Guid.NewGuid() + ".duckdb"), catalog);
        loader.Execute("CREATE SCHEMA dw; CREATE SCHEMA stg;");
        loader.Execute(DuckDbSchemaScript.CreateTable(dim));
        loader.Execute(DuckDbSchemaScript.CreateTable(stg));
    }

    [TearDown]
    public void Close() => loader.Dispose();

    private UpsertCounts LoadThings(int batchId, params (string Id, string Name, decimal Amount)[] things)
    {
        using (var writer = loader.OpenWorkTable(dim, ["ThingId", "Name", "Amount", "BatchId"]))
        {
            foreach (var t in things)
            {
                writer.Write([t.Id, t.Name, t.Amount, batchId]);
            }
        }

        return loader.Upsert(dim, UpsertOptions.Default);
    }

    [Test]
    public void A_large_result_is_streamed_in_order_while_the_same_batch_appends_more_rows_than_the_appender_buffers()
    {
        // DuckDB's appender flushes every 204,800 rows; a flush on the batch's connection would close a result streamed on it.
        var rows = 250_123;
        loader.BeginTransaction();
        using (var writer = loader.OpenWorkTable(dim, ["ThingId", "Name", "Amount", "BatchId"]))
        {
            for (var i = 0; i < rows; i++)
            {
                writer.Write([$"T{(i * 7919) % rows:D7}", "n", (decimal)i, 1]);
            }
        }

        loader.Upsert(dim, UpsertOptions.Default);
        var read = new List<string>();
        using (var reader = loader.Read("SELECT ThingId, Amount FROM dw.DimThing ORDER BY ThingId DESC"))
        using (var copy = loader.OpenWorkTable(dim, ["ThingId", "Name", "Amount", "BatchId"]))
        {
            while (reader.Read())
            {
                read.Add(reader.GetString(0));
                copy.Write([reader.GetString(0) + "c", "copy", reader.GetDecimal(1), 2]);
            }
        }

        loader.Rollback();
        Assert.That(read, Has.Count.EqualTo(rows));
        Assert.That(read, Is.EqualTo(read.OrderByDescending(x => x, StringComparer.Ordinal).ToList()));
        Assert.That(read.Distinct().Count(), Is.EqualTo(rows));
    }

    [Test]
    public void A_first_load_of_an_empty_table_is_a_plain_insert_and_duplicates_still_keep_the_newest()
    {
        using (var writer = loader.OpenWorkTable(stg, ["Id", "Company", "SystemModstamp", "BatchId", "SourceFile", "SourceLine"]))
        {
            writer.Write(["00Q1", "Old", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), 1, "Lead.csv", 2]);
            writer.Write(["00Q1", "New", new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc), 1, "Lead.csv", 3]);
            writer.Write(["00Q2", "Only", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), 1, "Lead.csv", 4]);
        }

        var counts = loader.Upsert(stg, new UpsertOptions("SystemModstamp", "SourceLine"));

        Assert.That((counts.Inserted, counts.Updated), Is.EqualTo((2L, 0L)));
        Assert.That(loader.Connection.Query<string>("SELECT Company FROM stg.SalesforceLead ORDER BY Id"), Is.EqualTo(new[] { "New", "Only" }));
    }

    [Test]
    public void Upsert_inserts_new_keys_then_leaves_identical_rows_alone()
    {
        Assert.That(LoadThings(1, ("a", "Alpha", 1m), ("b", "Beta", 2m)), Is.EqualTo(new UpsertCounts(2, 0, 0)));
        Assert.That(LoadThings(2, ("a", "Alpha", 1m), ("b", "Beta", 2m)), Is.EqualTo(new UpsertCounts(0, 0, 2)));
        var batches = loader.Connection.Query<int>("SELECT BatchId FROM dw.DimThing ORDER BY ThingId").ToList();
        Assert.That(batches, Is.EqualTo(new[] { 1, 1 }), "an unchanged row keeps the batch that last changed it");
    }

    [Test]
    public void Upsert_updates_only_changed_rows_and_keeps_their_surrogate_key()
    {
        LoadThings(1, ("a", "Alpha", 1m), ("b", "Beta", 2m));
        var keyBefore = loader.Connection.ExecuteScalar<int>("SELECT ThingKey FROM dw.DimThing WHERE ThingId = 'b'");
        Assert.That(LoadThings(2, ("a", "Alpha", 1m), ("b", "Beta", 2.5m), ("c", "Gamma", 3m)), Is.EqualTo(new UpsertCounts(1, 1, 1)));
        var b = loader.Connection.QuerySingle<(int Key, decimal Amount, int BatchId)>("SELECT ThingKey, Amount, BatchId FROM dw.DimThing WHERE ThingId = 'b'");
        Assert.That(b, Is.EqualTo((keyBefore, 2.5m, 2)));
    }

    [Test]
    public void Staged_duplicates_keep_the_newest_SystemModstamp_and_an_older_extract_never_overwrites_a_newer_row()
    {
        var columns = new[] { "Id", "Company", "SystemModstamp", "BatchId", "SourceFile", "SourceLine" };
        void Stage(int batch, params (string Company, DateTime Modstamp, int Line)[] rows)
        {
            using (var writer = loader.OpenWorkTable(stg, columns))
            {
                foreach (var r in rows)
                {
                    writer.Write(["00Q1", r.Company, r.Modstamp, batch, "Lead.csv", r.Line]);
                }
            }

            loader.Upsert(stg, new UpsertOptions("SystemModstamp", "SourceLine"));
        }

        var day1 = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Stage(1, ("Old name", day1, 2), ("New name", day1.AddHours(1), 3), ("Older still", day1.AddHours(-1), 4));
        Assert.That(loader.Connection.ExecuteScalar<string>("SELECT Company FROM stg.SalesforceLead"), Is.EqualTo("New name"));
        Stage(2, ("Stale", day1, 2));
        Assert.That(loader.Connection.ExecuteScalar<string>("SELECT Company FROM stg.SalesforceLead"), Is.EqualTo("New name"));
    }

    [Test]
    public void Rolling_back_a_batch_leaves_the_table_as_it_was()
    {
        LoadThings(1, ("a", "Alpha", 1m));
        loader.BeginTransaction();
        LoadThings(2, ("a", "Changed", 9m), ("b", "Beta", 2m));
        loader.Rollback();
        var rows = loader.Connection.Query<(string Id, string Name)>("SELECT ThingId, Name FROM dw.DimThing").ToList();
        Assert.That(rows, Is.EqualTo(new[] { ("a", "Alpha") }));
    }

    [Test]
    public void A_writer_refuses_a_row_of_the_wrong_width()
    {
        using var writer = loader.OpenWorkTable(dim, ["ThingId", "Name"]);
        Assert.Throws<ArgumentException>(() => writer.Write(["a"]));
    }

    [Test]
    public void A_first_load_followed_by_another_write_to_the_table_is_still_checked()
    {
        loader.BeginTransaction();
        LoadThings(1, ("a", "Alpha", 1m), ("b", "Beta", 2m));
        loader.Execute("INSERT INTO dw.DimThing (ThingId, Name, Amount, BatchId) VALUES ('b', 'Again', 3, 1)");
        var e = Assert.Throws<InvalidOperationException>(() => loader.Commit());
        Assert.That(e!.Message, Is.EqualTo("dw.DimThing: business key (ThingId) would not be unique after this batch: (b) occurs 2 times. Nothing was committed."));
        loader.Rollback();
        Assert.That(loader.Connection.ExecuteScalar<long>("SELECT count(*) FROM dw.DimThing"), Is.Zero);
    }

    [Test]
    public void A_small_batch_is_checked_on_the_keys_it_wrote_and_still_cannot_commit_a_duplicate()
    {
        // Ten rows from batch 1; batch 2 writes one row (under half the table), so only the keys of batch 2's rows are grouped.
        LoadThings(1, Enumerable.Range(0, 10).Select(i => ($"k{i}", $"Thing {i}", (decimal)i)).ToArray());
        loader.BeginTransaction();
        LoadThings(2, ("k3", "Renamed", 3m));
        loader.Execute("INSERT INTO dw.DimThing (ThingId, Name, Amount, BatchId) VALUES ('k7', 'Again', 7, 2)");
        var e = Assert.Throws<InvalidOperationException>(() => loader.Commit());
        Assert.That(e!.Message, Is.EqualTo("dw.DimThing: business key (ThingId) would not be unique after this batch: (k7) occurs 2 times. Nothing was committed."));
        loader.Rollback();
        Assert.That(loader.Connection.ExecuteScalar<long>("SELECT count(*) FROM dw.DimThing"), Is.EqualTo(10));
    }

    [Test]
    public void A_first_load_that_repeats_a_key_with_no_version_to_choose_the_newest_cannot_commit()
    {
        // UpsertOptions.Default names no version column, so the two rows of 'x' cannot be ranked: both are inserted into the empty
        // table, and the commit's key check must still group the table and refuse them.
        loader.BeginTransaction();
        Assert.That(LoadThings(1, ("x", "First", 1m), ("y", "Other", 2m), ("x", "Second", 3m)), Is.EqualTo(new UpsertCounts(3, 0, 0)));
        var e = Assert.Throws<InvalidOperationException>(() => loader.Commit());
        Assert.That(e!.Message, Is.EqualTo("dw.DimThing: business key (ThingId) would not be unique after this batch: (x) occurs 2 times. Nothing was committed."));
        loader.Rollback();
        Assert.That(loader.Connection.ExecuteScalar<long>("SELECT count(*) FROM dw.DimThing"), Is.Zero);
    }

    [Test]
    public void A_batch_that_would_duplicate_a_business_key_cannot_commit()
    {
        LoadThings(1, ("a", "Alpha", 1m));
        loader.BeginTransaction();
        LoadThings(2, ("b", "Beta", 2m));
        loader.Execute("INSERT INTO dw.DimThing (ThingId, Name, Amount, BatchId) VALUES ('a', 'Again', 3, 2)");
        var e = Assert.Throws<InvalidOperationException>(() => loader.Commit());
        Assert.That(e!.Message, Is.EqualTo("dw.DimThing: business key (ThingId) would not be unique after this batch: (a) occurs 2 times. Nothing was committed."));
        loader.Rollback();
        Assert.That(loader.Connection.Query<string>("SELECT ThingId FROM dw.DimThing ORDER BY ThingId"), Is.EqualTo(new[] { "a" }));
    }

    [Test]
    public void A_table_whose_upsert_changed_no_row_is_not_grouped_again_at_commit()
    {
        // The check guards what upserts write; a statement outside an upsert is the caller's responsibility. Batch 2's upsert of
        // the unchanged row 'a' writes nothing, so the table is not grouped and the stray duplicate below is not looked for.
        LoadThings(1, ("a", "Alpha", 1m));
        loader.BeginTransaction();
        Assert.That(LoadThings(2, ("a", "Alpha", 1m)), Is.EqualTo(new UpsertCounts(0, 0, 1)));
        loader.Execute("INSERT INTO dw.DimThing (ThingId, Name, Amount, BatchId) VALUES ('a', 'Stray', 3, 1)");

        Assert.DoesNotThrow(() => loader.Commit());
    }
}
