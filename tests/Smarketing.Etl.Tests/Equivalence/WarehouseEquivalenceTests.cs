using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Equivalence;

/// <summary>The "every number identical" harness of a redesign: compares two DuckDB warehouse files — typically a full load by the
/// code before a change and one by the code after it, of the same extract — table by table (<c>dw</c>) and view by view
/// (<c>rpt</c>), surrogate keys and lineage aside. It needs the two files, so it runs only when asked:
/// <c>SMARKETING_EQUIVALENCE_BASE=a.duckdb SMARKETING_EQUIVALENCE_CANDIDATE=b.duckdb dotnet test --filter WarehouseEquivalence</c>.
/// The suite's own pins on behaviour are the delta-equality and idempotency tests.</summary>
[Explicit("compares two warehouse files named by SMARKETING_EQUIVALENCE_BASE and SMARKETING_EQUIVALENCE_CANDIDATE")]
public class WarehouseEquivalenceTests
{
    [Test]
    public void Every_dw_table_and_rpt_view_holds_the_same_rows_in_both_warehouses()
    {
        var left = Environment.GetEnvironmentVariable("SMARKETING_EQUIVALENCE_BASE");
        var right = Environment.GetEnvironmentVariable("SMARKETING_EQUIVALENCE_CANDIDATE");
        if (string.IsNullOrEmpty(left) || string.IsNullOrEmpty(right))
        {
            Assert.Ignore("set SMARKETING_EQUIVALENCE_BASE and SMARKETING_EQUIVALENCE_CANDIDATE to two warehouse files");
        }

        // rpt.BatchHistory describes the runs themselves (start, duration), which differ between any two loads.
        var results = WarehouseComparison.Compare(left, right, ["dw", "rpt"], views: true)
            .Where(r => r.Relation != "rpt.BatchHistory").ToList();
        foreach (var result in results)
        {
            TestContext.Out.WriteLine(result);
        }

        TestContext.Out.WriteLine($"{results.Count} relations, {results.Sum(r => r.Rows)} rows compared");
        Assert.That(results, Has.Count.GreaterThan(40));
        Assert.That(results.Where(r => !r.Equal).Select(r => r.ToString()), Is.Empty);
    }
}
