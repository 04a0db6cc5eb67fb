using System.Numerics;
using Dapper;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Loading;

/// <summary>What a transform reads from the embedded engine inside a batch: every value as the engine typed it, in result order,
/// and nothing of it left behind in the batch transaction.</summary>
public class SpooledDataReaderTests
{
    private DuckDbLoader loader = null!;

    [SetUp]
    public void Open() => loader = DuckDbLoader.Open(Path.Combine(TestTemp.Root, Guid.NewGuid() + ".duckdb"),
        new SchemaCatalog([], [], [], ""), new DuckDbResources(64L * 1024 * 1024, 1, "test"));

    [TearDown]
    public void Close() => loader.Dispose();

    [Test]
    public void Values_come_back_with_the_type_the_query_gave_them_even_where_Parquet_has_no_exact_type()
    {
        // SUM of integers is a HUGEINT (Parquet would make it a DOUBLE); an INTERVAL keeps its microseconds (Parquet: milliseconds).
        using var reader = loader.Read(
            "SELECT SUM(x) AS Total, INTERVAL '1 day 00:00:00.000007' AS Gap, CAST(12.3456 AS DECIMAL(19,4)) AS Amount, " +
            "DATE '2025-02-28' AS Day, TIMESTAMP '2025-06-30 23:59:59.123456' AS At, CAST(NULL AS VARCHAR) AS Nothing, " +
            "'x' AS Name, 'y' AS Name FROM (VALUES (9223372036854775807), (1)) AS t(x)");

        Assert.That(reader.Read(), Is.True);
        Assert.Multiple(() =>
        {
            // 9,223,372,036,854,775,807 + 1 = 2^63: beyond a long, exact only as a HUGEINT.
            Assert.That(reader.GetValue(0), Is.EqualTo(BigInteger.Pow(2, 63)));
            Assert.That(reader.GetValue(1), Is.EqualTo(TimeSpan.FromDays(1) + TimeSpan.FromMicroseconds(7)));
            Assert.That(reader.GetDecimal(2), Is.EqualTo(12.3456m));
            Assert.That(reader.GetValue(3), Is.EqualTo(new DateOnly(2025, 2, 28)));
            Assert.That(reader.GetDateTime(4), Is.EqualTo(new DateTime(2025, 6, 30, 23, 59, 59).AddTicks(1_234_560)));
            Assert.That(reader.IsDBNull(5), Is.True);
            Assert.That(Enumerable.Range(0, reader.FieldCount).Select(reader.GetName),
                Is.EqualTo(new[] { "Total", "Gap", "Amount", "Day", "At", "Nothing", "Name", "Name_1" }));
        });
        Assert.That(reader.Read(), Is.False);
    }

    [Test]
    public void An_empty_result_has_its_columns_and_no_rows()
    {
        using var reader = loader.Read("SELECT 1 AS One, 'a' AS Letter WHERE 1 = 0");

        Assert.That((reader.FieldCount, reader.GetName(1), reader.Read()), Is.EqualTo((2, "Letter", false)));
    }

    [Test]
    public void Reading_large_results_inside_one_batch_leaves_no_storage_behind_and_no_file()
    {
        // 300,000 rows of ~50 characters are about 15 MB a result: ten of them kept until the commit would be about twice the
        // 64 MiB budget, which is what the temporary table per read used to do (bench/FINDINGS.md).
        const string Sql = "SELECT range AS Id, 'row ' || range || repeat('x', 40) AS Text FROM range(300000) ORDER BY range DESC";
        loader.BeginTransaction();
        var tableStorage = new List<long>();
        for (var read = 0; read < 10; read++)
        {
            long rows = 0, previous = long.MaxValue;
            using (var reader = loader.Read(Sql))
            {
                while (reader.Read())
                {
                    Assert.That(reader.GetInt64(0), Is.LessThan(previous), "rows arrive in the query's order");
                    previous = reader.GetInt64(0);
                    rows++;
                }
            }

            Assert.That(rows, Is.EqualTo(300_000));
            tableStorage.Add(loader.Connection.ExecuteScalar<long>(
                "SELECT CAST(coalesce(sum(memory_usage_bytes + temporary_storage_bytes), 0) AS BIGINT) FROM duckdb_memory() " +
                "WHERE tag = 'IN_MEMORY_TABLE'"));
        }

        loader.Commit();
        Assert.That(tableStorage[^1], Is.LessThanOrEqualTo(tableStorage[0] + (1024 * 1024)), string.Join(", ", tableStorage));
        Assert.That(Directory.Exists(loader.TempDirectory) ? Directory.GetFiles(loader.TempDirectory, "*.parquet") : [], Is.Empty);
    }
}
