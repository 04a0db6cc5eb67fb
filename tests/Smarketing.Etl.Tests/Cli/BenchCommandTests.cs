using System.Text.Json;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Cli;

/// <summary>The benchmark command end to end at two tiny scales: every measured run in its own process, the report written twice.</summary>
[NonParallelizable]
public class BenchCommandTests
{
    [Test]
    public void Bench_measures_two_scales_and_writes_the_same_figures_as_json_and_markdown()
    {
        var folder = CliProcess.TempFolder();
        var results = Path.Combine(folder, "results");

        var (code, output) = CliProcess.Run("bench", "--leads", "300,150", "--out", results, "--work", Path.Combine(folder, "work"), "--log-dir", folder);

        Assert.That(code, Is.EqualTo(0), output);
        var json = Directory.GetFiles(results, "bench-*.json").Single();
        var markdown = File.ReadAllText(Path.ChangeExtension(json, ".md"));
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var scales = report.RootElement.GetProperty("Scales").EnumerateArray().ToList();
        Assert.That(scales.Select(s => s.GetProperty("Leads").GetInt32()), Is.EqualTo(new[] { 150, 300 }));
        foreach (var scale in scales)
        {
            var full = scale.GetProperty("FullLoad");
            Assert.That(full.GetProperty("WallSeconds").GetDouble(), Is.GreaterThan(0));
            Assert.That(full.GetProperty("PeakWorkingSetMiB").GetDouble(), Is.GreaterThan(0));
            Assert.That(full.GetProperty("RowsRead").GetInt64(), Is.EqualTo(scale.GetProperty("ReadCsvBaseline").GetProperty("RowsRead").GetInt64()));
            Assert.That(full.GetProperty("Phases").EnumerateArray().Select(p => p.GetProperty("Phase").GetString()),
                Does.Contain("read+stage MarketoActivities.csv").And.Contain("transform dw.FactMarketingActivity")
                    .And.Contain("commit: business-key check").And.Contain("commit: engine"));
            Assert.That(scale.GetProperty("IncrementalLoad").GetProperty("Phases").EnumerateArray()
                .Select(p => p.GetProperty("Phase").GetString()), Does.Contain("commit: business-key check").And.Contain("commit: engine"));
            Assert.That(scale.GetProperty("Views").GetArrayLength(), Is.GreaterThan(5));
            Assert.That(scale.GetProperty("IncrementalLoad").GetProperty("RowsRead").GetInt64(), Is.GreaterThan(0));
        }

        Assert.That(report.RootElement.GetProperty("Machine").GetProperty("Cores").GetInt32(), Is.EqualTo(Environment.ProcessorCount));
        Assert.That(report.RootElement.GetProperty("Targets").GetArrayLength(), Is.EqualTo(6));
        Assert.That(markdown, Does.Contain("| 150 |").And.Contain("| 300 |").And.Contain("## Targets").And.Contain("DuckDB read_csv"));
        Assert.That(Directory.Exists(Path.Combine(folder, "work", "leads-300")), Is.False, "scratch files are removed");
    }

    [Test]
    public void A_scale_that_is_not_a_number_of_leads_exits_with_code_2()
    {
        var (code, output) = CliProcess.Run("bench", "--leads", "10000,lots", "--log-dir", CliProcess.TempFolder());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Does.Contain("'lots' is not a number of leads"));
    }
}
