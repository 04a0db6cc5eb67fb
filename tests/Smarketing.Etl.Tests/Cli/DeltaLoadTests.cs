using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Cli;

/// <summary>Delta equality: a full load of the extract at day 1 followed by the delta extract for the days after it gives the same
/// warehouse, table by table, as a full load of the extract at day 2. Surrogate keys, lineage columns and control tables are left out
/// of the comparison (keys are assigned in load order); DimRep is compared on current versions only, because a type 2 dimension can
/// only record a change the loads observed.</summary>
[NonParallelizable]
public class DeltaLoadTests
{
    private string folder = null!;

    [OneTimeSetUp]
    public void LoadBothWays()
    {
        folder = CliProcess.TempFolder();
        string Generate(string name, params string[] extra)
        {
            var output = Path.Combine(folder, name);
            var (code, text) = CliProcess.Run(["generate", "--out", output, "--leads", "800", "--seed", "31", "--log-dir", folder, .. extra]);
            Assert.That(code, Is.EqualTo(0), text);
            return output;
        }

        var day1 = Generate("day1", "--extract-at", "2025-06-20");
        var delta = Generate("delta", "--extract-at", "2025-06-30", "--changed-since", "2025-06-21T00:00:00Z");
        var day2 = Generate("day2", "--extract-at", "2025-06-30");
        foreach (var (database, sources) in new[] { ("incremental.duckdb", new[] { day1, delta }), ("full.duckdb", new[] { day2 }) })
        {
            foreach (var source in sources)
            {
                var (code, text) = CliProcess.Run("run", "--source", source, "--database", Path.Combine(folder, database), "--log-dir", folder);
                Assert.That(code, Is.EqualTo(0), text);
            }
        }
    }

    [Test]
    public void Full_load_of_day_one_plus_the_delta_equals_a_full_load_of_day_two()
    {
        var results = WarehouseComparison.CompareIncrementalWithFull(
            Path.Combine(folder, "incremental.duckdb"), Path.Combine(folder, "full.duckdb"));

        Assert.That(results, Has.Count.GreaterThan(25));
        Assert.That(results.Where(r => !r.Equal).Select(r => r.ToString()), Is.Empty);
    }
}
