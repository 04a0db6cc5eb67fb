using Dapper;
using DuckDB.NET.Data;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Loading;

/// <summary>The million-lead failure in small: a batch joins rows it wrote itself (uncommitted, so DuckDB 1.5.6 estimates
/// them at 0) to a four-row role view. With DuckDB's build-side swap the half million activities were hashed, JSON and all,
/// and the statement ran out of the budget; the loader turns the swap off, so the view is hashed and the activities stream
/// past it.</summary>
public class DuckDbLoaderJoinSideTests
{
    /// <summary>500,000 activities of about 120 characters (about 60 MB as a hash table, more than twice the budget);
    /// every 100,000th is a merge (type 32): ids 0, 100,000, 200,000, 300,000 and 400,000.</summary>
    private const string Activities =
        "INSERT INTO Activity SELECT 'guid-' || i, CAST(i % 1000 AS INTEGER), TIMESTAMP '2025-01-01' + to_seconds(i), " +
        "CAST(CASE WHEN i % 100000 = 0 THEN 32 ELSE 1 END AS INTEGER), " +
        "'[{\"name\":\"Merge Ids\",\"value\":\"' || i || '\"},' || " +
        "'{\"name\":\"Webpage\",\"value\":\"https://example.com/a/long/path/' || i || '\"}]' FROM range(500000) AS t(i)";

    /// <summary>The shape of the merge map's read (MarketoLeadMerges.Sql): activities of a role, through the role view, in time
    /// order.</summary>
    private const string Merges =
        "SELECT a.Guid, a.Attributes FROM Activity AS a WHERE a.TypeId IN (SELECT r.TypeId FROM ActivityRole AS r " +
        "WHERE r.Role = 'Merge') ORDER BY a.ActivityAt";

    private DuckDbLoader loader = null!;

    [SetUp]
    public void Open()
    {
        loader = DuckDbLoader.Open(Path.Combine(TestTemp.Root, Guid.NewGuid() + ".duckdb"), new SchemaCatalog([], [], [], ""),
            new DuckDbResources(24L * 1024 * 1024, 2, "test"));
        loader.Execute(
            "CREATE TABLE Activity (Guid VARCHAR, LeadId INTEGER, ActivityAt TIMESTAMP, TypeId INTEGER, Attributes VARCHAR)");
        loader.Execute("CREATE VIEW ActivityRole AS SELECT CAST(22 AS INTEGER) AS TypeId, 'Score' AS Role " +
                       "UNION ALL SELECT 101, 'Stage' UNION ALL SELECT 104, 'Stage' UNION ALL SELECT 32, 'Merge'");
        loader.BeginTransaction();
        loader.Execute(Activities);
    }

    [TearDown]
    public void Close()
    {
        loader.Rollback();
        loader.Dispose();
    }

    [Test]
    public void A_batch_joins_the_rows_it_wrote_to_a_small_view_within_a_24_MiB_budget()
    {
        var merges = new List<(string Guid, string Attributes)>();
        using (var reader = loader.Read(Merges))
        {
            while (reader.Read())
            {
                merges.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        // i % 100,000 = 0 for i < 500,000: 0, 100,000, 200,000, 300,000, 400,000, each i seconds after 2025-01-01, so in
        // that order.
        Assert.That(merges.Select(m => m.Guid),
            Is.EqualTo(new[] { "guid-0", "guid-100000", "guid-200000", "guid-300000", "guid-400000" }));
        Assert.That(merges[1].Attributes, Does.StartWith("[{\"name\":\"Merge Ids\",\"value\":\"100000\"}"));
    }

    [Test]
    public void The_engine_still_hashes_the_uncommitted_rows_and_runs_out_of_the_budget_when_the_swap_is_on()
    {
        // Proves the setting is what makes the read fit: when DuckDB counts uncommitted rows in its estimate (duckdb#21573, not
        // in 1.5.6), this test fails and DuckDbLoader.DisabledOptimizers can go.
        loader.Connection.Execute("SET disabled_optimizers = ''");

        var error = Assert.Throws<DuckDBException>(() => loader.Read(Merges).Dispose());

        Assert.That(error!.Message, Does.Contain("Out of Memory"));
    }
}
