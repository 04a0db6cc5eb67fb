using Dapper;
using DuckDB.NET.Data;
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
        using var db = new DuckDBConnection($"Data Source={Path.Combine(folder, "incremental.duckdb")}");
        db.Open();
        db.Execute($"ATTACH '{Path.Combine(folder, "full.duckdb")}' AS full_load (READ_ONLY)");
        var tables = db.Query<string>(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_catalog = current_database() " +
            "AND table_schema IN ('stg', 'dw') AND table_type = 'BASE TABLE' ORDER BY 1").ToList();
        Assert.That(tables, Has.Count.GreaterThan(25));
        var differences = new List<string>();
        foreach (var table in tables)
        {
            var (schema, name) = (table.Split('.')[0], table.Split('.')[1]);
            var columns = db.Query<string>(
                    $"SELECT column_name FROM information_schema.columns WHERE table_catalog = current_database() AND table_schema = '{schema}' AND table_name = '{name}' ORDER BY ordinal_position")
                .Where(c => !c.EndsWith("Key", StringComparison.Ordinal) || c.EndsWith("DateKey", StringComparison.Ordinal))
                .Where(c => c is not ("BatchId" or "SourceFile" or "SourceLine"))
                .Where(c => table != "dw.DimRep" || c is not ("ValidFromUtc" or "ValidToUtc"))
                .ToList();
            var list = string.Join(", ", columns);
            var filter = table == "dw.DimRep" ? " WHERE IsCurrent" : "";
            var onlyIncremental = db.ExecuteScalar<long>($"SELECT count(*) FROM (SELECT {list} FROM {table}{filter} EXCEPT ALL SELECT {list} FROM full_load.{table}{filter})");
            var onlyFull = db.ExecuteScalar<long>($"SELECT count(*) FROM (SELECT {list} FROM full_load.{table}{filter} EXCEPT ALL SELECT {list} FROM {table}{filter})");
            if (onlyIncremental + onlyFull > 0)
            {
                differences.Add($"{table}: {onlyIncremental} row(s) only after day 1 + delta, {onlyFull} only in the day-2 full load");
            }
        }

        Assert.That(differences, Is.Empty);
    }
}
