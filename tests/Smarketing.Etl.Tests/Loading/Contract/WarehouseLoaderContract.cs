using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Transforms;

namespace Smarketing.Etl.Tests.Loading.Contract;

/// <summary>What every <see cref="IWarehouseLoader"/> promises, written once and run against each engine (as Dapper and DbUp test
/// their providers): the batch journal, the upsert (insert, update, unchanged, delete-missing, scoped replace, version column), the
/// business-key check and typed-row mapping. Each engine's fixture deploys the real model once; every test runs inside a batch
/// transaction that is rolled back, except the journal, which commits on its own by design.</summary>
public abstract class WarehouseLoaderContract
{
    private static readonly DateTime Day1 = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The loader under test, opened on a deployed warehouse.</summary>
    protected IWarehouseLoader Loader { get; set; } = null!;

    [SetUp]
    public void BeginBatch() => Loader.BeginTransaction();

    [TearDown]
    public void RollBackBatch() => Loader.Rollback();

    private long Count(string sql)
    {
        using var r = Loader.Read(sql);
        return r.Read() ? r.Long(0) ?? 0 : 0;
    }

    private List<string> Strings(string sql)
    {
        var list = new List<string>();
        using var r = Loader.Read(sql);
        while (r.Read())
        {
            list.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => DataRecordText(r.GetValue(i)))));
        }

        return list;
    }

    private static string DataRecordText(object value) => value switch
    {
        DBNull => "null",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private EntityCount Watermarks(int batch, params (string Entity, int Day)[] rows) =>
        Loader.Upsert(rows.Select(r => new WatermarkRow(r.Entity, Day1.AddDays(r.Day), batch, Day1)));

    [Test]
    public void Upsert_inserts_new_keys_updates_changed_rows_and_counts_unchanged_ones()
    {
        var first = Watermarks(1, ("Lead", 1), ("Task", 2));
        // Lead unchanged, Task moved to day 5, Account new: 1 inserted, 1 updated, 1 unchanged (3 read - 1 - 1).
        var second = Watermarks(2, ("Lead", 1), ("Task", 5), ("Account", 3));

        Assert.That((first.RowsRead, first.RowsInserted, first.RowsUpdated), Is.EqualTo((2L, 2L, 0L)));
        Assert.That((second.RowsRead, second.RowsInserted, second.RowsUpdated, second.RowsDeleted), Is.EqualTo((3L, 1L, 1L, 0L)));
        Assert.That(Strings("SELECT EntityName, WatermarkUtc, BatchId FROM etl.Watermark ORDER BY EntityName"),
            Is.EqualTo(new[] { "Account|2025-06-04 00:00|2", "Lead|2025-06-02 00:00|1", "Task|2025-06-06 00:00|2" }),
            "an unchanged row keeps the batch that last changed it");
    }

    [Test]
    public void Replace_deletes_the_rows_the_work_table_no_longer_holds()
    {
        Watermarks(1, ("Lead", 1), ("Task", 2), ("Account", 3));
        var replaced = Loader.Upsert([new WatermarkRow("Task", Day1.AddDays(2), 2, Day1)], UpsertOptions.Replace);

        Assert.That((replaced.RowsInserted, replaced.RowsUpdated, replaced.RowsDeleted), Is.EqualTo((0L, 0L, 2L)));
        Assert.That(Strings("SELECT EntityName FROM etl.Watermark"), Is.EqualTo(new[] { "Task" }));
    }

    [Test]
    public void A_scoped_replace_deletes_missing_rows_only_inside_its_scope()
    {
        // Lead and Account were written by batch 1, Task by batch 2; the scope lists batch 1 only (etl.ConfigSnapshot.BatchId).
        Watermarks(1, ("Lead", 1), ("Account", 3));
        Watermarks(2, ("Task", 2));
        Loader.Upsert([new ConfigSnapshotRow(1, "funnel.json", new string('0', 64), "{}", null, null)]);
        var replaced = Loader.Upsert([new WatermarkRow("Lead", Day1.AddDays(1), 1, Day1)],
            UpsertOptions.ReplaceWithin("etl.ConfigSnapshot", "BatchId"));

        Assert.That(replaced.RowsDeleted, Is.EqualTo(1), "Account (batch 1, not in the work table) goes; Task is outside the scope");
        Assert.That(Strings("SELECT EntityName FROM etl.Watermark ORDER BY EntityName"), Is.EqualTo(new[] { "Lead", "Task" }));
    }

    [Test]
    public void A_version_column_keeps_the_newest_duplicate_and_never_lets_an_older_row_overwrite_a_newer_one()
    {
        var target = Loader.Catalog.Table("stg.SalesforceLead");
        string[] columns = ["Id", "Company", "SystemModstamp", "BatchId", "SourceFile", "SourceLine"];
        void Stage(int batch, params (string Company, int Hour, int Line)[] rows)
        {
            using (var writer = Loader.OpenWorkTable(target, columns))
            {
                foreach (var r in rows)
                {
                    writer.Write(["00Q000000000001", r.Company, Day1.AddHours(r.Hour), batch, "Lead.csv", r.Line]);
                }
            }

            Loader.Upsert(target, new UpsertOptions("SystemModstamp", "SourceLine"));
        }

        Stage(1, ("Old", 0, 2), ("Newest", 1, 3), ("Oldest", -1, 4));
        Assert.That(Strings("SELECT Company FROM stg.SalesforceLead"), Is.EqualTo(new[] { "Newest" }));
        Stage(2, ("Stale", 0, 2));
        Assert.That(Strings("SELECT Company FROM stg.SalesforceLead"), Is.EqualTo(new[] { "Newest" }));
    }

    [Test]
    public void An_upsert_whose_work_table_lacks_the_business_key_is_refused()
    {
        var target = Loader.Catalog.Table("etl.Watermark");
        using (var writer = Loader.OpenWorkTable(target, ["WatermarkUtc", "BatchId", "UpdatedAtUtc"]))
        {
            writer.Write([Day1, 1, Day1]);
        }

        var e = Assert.Throws<InvalidOperationException>(() => Loader.Upsert(target, UpsertOptions.Default));
        Assert.That(e!.Message, Is.EqualTo("Cannot upsert etl.Watermark: its work table lacks the business key EntityName."));
    }

    [Test]
    public void A_batch_that_would_duplicate_a_business_key_cannot_commit_and_leaves_nothing()
    {
        Watermarks(1, ("Lead", 1));
        Assert.That(() =>
        {
            // SQL Server's primary key refuses the insert; the embedded engine (no index on its tables) refuses the commit.
            Loader.Execute("INSERT INTO etl.Watermark (EntityName, WatermarkUtc, BatchId, UpdatedAtUtc) " +
                           "VALUES ('Lead', CAST('2025-06-09' AS datetime2), 1, CAST('2025-06-09' AS datetime2))");
            Loader.Commit();
        }, Throws.Exception);
        Loader.Rollback();
        Assert.That(Count("SELECT count(*) FROM etl.Watermark"), Is.Zero);
        Loader.BeginTransaction();
    }

    [Test]
    public void The_batch_journal_records_start_counts_rejects_and_end_on_its_own()
    {
        // The journal runs outside the batch transaction (before it begins and after it ends), committing on its own.
        Loader.Rollback();
        var batch = Loader.StartBatch(Day1, "Full", "/landing");
        Assert.That(Strings($"SELECT Status, Mode, SourcePath FROM etl.BatchRun WHERE BatchId = {batch}"),
            Is.EqualTo(new[] { "Running|Full|/landing" }));
        var reject = new RejectedRow("Lead.csv", 42, "CreatedDate", "31/02/2024", "'31/02/2024' is not a date", "raw");
        Loader.FinishBatch(batch, BatchStatus.Succeeded, 0, null, Day1.AddDays(1), [new EntityCount("Lead", 10, 8, 1, 0, 1)], [reject],
            ["first note", "second note"]);

        Assert.That(Strings($"SELECT Status, ExitCode, AsOfUtc, Notes FROM etl.BatchRun WHERE BatchId = {batch}"),
            Is.EqualTo(new[] { "Succeeded|0|2025-06-02 00:00|first note\nsecond note" }));
        Assert.That(Strings("SELECT EntityName, RowsRead, RowsInserted, RowsUpdated, RowsDeleted, RowsRejected " +
                            $"FROM etl.BatchEntityCount WHERE BatchId = {batch}"),
            Is.EqualTo(new[] { "Lead|10|8|1|0|1" }));
        Assert.That(Strings($"SELECT SourceFile, LineNumber, FieldName, FieldValue, Reason FROM etl.RejectedRow WHERE BatchId = {batch}"),
            Is.EqualTo(new[] { "Lead.csv|42|CreatedDate|31/02/2024|'31/02/2024' is not a date" }));
    }

    [Test]
    public void A_rejected_row_whose_texts_exceed_their_columns_is_cut_to_fit_on_every_engine()
    {
        Loader.Rollback();
        var batch = Loader.StartBatch(Day1, "Full", "/landing");
        // etl.RejectedRow.FieldName is nvarchar(128) and FieldValue nvarchar(4000): 200 and 5,000 characters are cut to those.
        var reject = new RejectedRow("Lead.csv", 7, new string('f', 200), new string('v', 5000), "too long", null);
        Loader.FinishBatch(batch, BatchStatus.Succeeded, 0, null, Day1, [], [reject], []);

        var stored = Strings($"SELECT FieldName, FieldValue FROM etl.RejectedRow WHERE BatchId = {batch}").Single().Split('|');
        Assert.That(stored.Select(v => v.Length), Is.EqualTo(new[] { 128, 4000 }));
    }

    [Test]
    public void A_new_batch_marks_one_left_running_as_abandoned()
    {
        Loader.Rollback();
        var crashed = Loader.StartBatch(Day1, "Full", "/landing");
        var next = Loader.StartBatch(Day1, "Incremental", "/landing");

        Assert.That(next, Is.GreaterThan(crashed));
        Assert.That(Strings($"SELECT Status FROM etl.BatchRun WHERE BatchId = {crashed}"), Is.EqualTo(new[] { "Abandoned" }));
        Loader.FinishBatch(next, BatchStatus.Failed, 1, "test", Day1, [], [], []);
    }

    [Test]
    public void Typed_rows_are_written_by_column_name_not_by_position()
    {
        // The record declares its properties in another order than the table's columns.
        Loader.Upsert([new ShuffledWatermark(Day1, Day1.AddDays(7), 3, "Opportunity")]);

        Assert.That(Strings("SELECT EntityName, WatermarkUtc, BatchId, UpdatedAtUtc FROM etl.Watermark"),
            Is.EqualTo(new[] { "Opportunity|2025-06-08 00:00|3|2025-06-01 00:00" }));
    }

    [Test]
    public void A_row_record_that_does_not_match_the_model_is_refused_naming_table_and_column()
    {
        var e = Assert.Throws<RowMappingException>(() => Loader.OpenWorkTable<MismatchedWatermark>());

        Assert.That(e!.Problems, Is.EqualTo(new[]
        {
            "etl.Watermark.WatermarkUtc (row record MismatchedWatermark): the column is datetime2(3), carried as DateTime, but the property is String.",
            "etl.Watermark.BatchId (row record MismatchedWatermark): the column is NOT NULL but the property is nullable.",
            "etl.Watermark.Watermark (row record MismatchedWatermark): the table has no such column (names must match exactly, case included).",
        }));
    }

    [WarehouseTable("etl.Watermark")]
    private sealed record ShuffledWatermark(DateTime UpdatedAtUtc, DateTime WatermarkUtc, int BatchId, string EntityName);

    [WarehouseTable("etl.Watermark")]
    private sealed record MismatchedWatermark(string EntityName, string WatermarkUtc, int? BatchId, DateTime Watermark);
}
