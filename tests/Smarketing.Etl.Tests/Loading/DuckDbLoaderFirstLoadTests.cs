using Dapper;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Loading;

/// <summary>The embedded engine's first-load path: rows written straight into an empty table, then what the upsert guaranteed.</summary>
public class DuckDbLoaderFirstLoadTests
{
    private static readonly string[] ThingColumns = ["ThingId", "Name", "Amount", "BatchId"];

    private DuckDbLoader loader = null!;
    private TableDefinition dim = null!;
    private TableDefinition stg = null!;
    private string path = null!;

    [SetUp]
    public void Open()
    {
        dim = A.Dimension();
        stg = A.StagingLead();
        path = Path.Combine(TestTemp.Root, Guid.NewGuid() + ".duckdb");
        loader = DuckDbLoader.Open(path, new SchemaCatalog(["dw", "stg"], [dim, stg], [], ""));
        loader.Execute("CREATE SCHEMA dw; CREATE SCHEMA stg;");
        loader.Execute(DuckDbSchemaScript.CreateTable(dim));
        loader.Execute(DuckDbSchemaScript.CreateTable(stg));
    }

    [TearDown]
    public void Close()
    {
        loader.Dispose();
        File.Delete(path);
    }

    [Test]
    public void A_bulk_first_load_is_offered_only_into_an_empty_table_written_in_all_its_columns_in_order()
    {
        var all = stg.Columns.Select(c => c.Name).ToList();
        loader.BeginTransaction();
        Assert.That(loader.OpenFirstLoad(stg, ["Id", "Company", "SystemModstamp", "BatchId", "SourceFile", "SourceLine"]), Is.Null,
            "the appender fills every column in table order, so a subset goes through the work table");
        Assert.That(loader.OpenFirstLoad(stg, all.AsEnumerable().Reverse().ToList()), Is.Null);
        using (var writer = loader.OpenFirstLoad(stg, all)!)
        {
            writer.Write(["00Q1", "Acme", null, 250, 1000000.5m, false, null, null, null, 1, "Lead.csv", 2]);
        }

        var counts = loader.CompleteFirstLoad(stg, new UpsertOptions("SystemModstamp", "SourceLine"));
        Assert.That(counts, Is.EqualTo(new UpsertCounts(1, 0, 0, 0)));
        Assert.That(loader.OpenFirstLoad(stg, all), Is.Null, "the table now has a row: the next file is merged");
        loader.Commit();
        Assert.That(loader.Connection.Query<(string, string, int, decimal)>(
            "SELECT Id, Company, NumberOfEmployees, AnnualRevenue FROM stg.SalesforceLead"),
            Is.EqualTo(new[] { ("00Q1", "Acme", 250, 1000000.5m) }));
    }

    [Test]
    public void A_set_based_first_load_inserts_into_the_empty_table_and_numbers_its_surrogate_keys()
    {
        loader.BeginTransaction();
        var written = loader.FillFirstLoad(dim, ThingColumns,
            "SELECT 'a', 'Alpha', CAST(1.5 AS decimal(19,4)), 1 UNION ALL SELECT 'b', 'Beta', CAST(2 AS decimal(19,4)), 1");
        var counts = loader.CompleteFirstLoad(dim, UpsertOptions.Default);
        var again = loader.FillFirstLoad(dim, ThingColumns, "SELECT 'c', 'Gamma', CAST(3 AS decimal(19,4)), 1");
        loader.Commit();

        Assert.Multiple(() =>
        {
            Assert.That((written, counts), Is.EqualTo(((long?)2, new UpsertCounts(2, 0, 0, 0))));
            Assert.That(again, Is.Null, "into a table with rows the caller fills the work table and upserts");
            Assert.That(loader.Connection.Query<(int, string)>("SELECT ThingKey, ThingId FROM dw.DimThing ORDER BY ThingKey"),
                Is.EqualTo(new[] { (1, "a"), (2, "b") }).Or.EqualTo(new[] { (1, "b"), (2, "a") }));
        });
    }

    [Test]
    public void A_first_load_that_repeats_a_key_with_no_version_to_choose_the_newest_cannot_commit_and_leaves_nothing()
    {
        loader.BeginTransaction();
        loader.FillFirstLoad(dim, ThingColumns,
            "SELECT 'a', 'One', CAST(1 AS decimal(19,4)), 1 UNION ALL SELECT 'a', 'Two', CAST(2 AS decimal(19,4)), 1");
        Assert.That(loader.CompleteFirstLoad(dim, UpsertOptions.Default), Is.EqualTo(new UpsertCounts(2, 0, 0, 0)));

        var e = Assert.Throws<InvalidOperationException>(() => loader.Commit());
        loader.Rollback();
        Assert.That(e!.Message,
            Does.StartWith("dw.DimThing: business key (ThingId) would not be unique after this batch: (a) occurs 2 times."));
        Assert.That(loader.Connection.ExecuteScalar<long>("SELECT count(*) FROM dw.DimThing"), Is.Zero);
    }

    [Test]
    public void Completing_a_first_load_that_was_never_opened_is_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => loader.CompleteFirstLoad(dim, UpsertOptions.Default));
        Assert.That(e!.Message, Is.EqualTo("No first load of dw.DimThing is open."));
    }
}
