using System.Data.Common;
using System.Diagnostics;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Benchmarking;

public sealed partial class BenchmarkRunner
{
    /// <summary>One <c>run</c> as the CLI does it (open, deploy, batch, close), measured, with its phases.</summary>
    private static Measurement Load(string warehouse, string source, SchemaCatalog catalog, LoadedConfiguration configuration)
    {
        var phases = new List<PhaseTiming>();
        var steps = new StepRecorder();
        RunResult result;
        using var monitor = ResourceMonitor.Start();
        var watch = Stopwatch.StartNew();
        TimeSpan commit, record;
        using (var loader = DuckDbLoader.Open(warehouse, catalog))
        {
            DuckDbDeployer.Deploy(loader);
            phases.Add(new PhaseTiming("open and deploy (schema, rpt views)", watch.Elapsed.TotalSeconds));
            using var timed = new TimedLoader(loader);
            result = new EtlRunner(timed, configuration, Serilog.Core.Logger.None, steps).Run(new RunOptions(source));
            if (result.ExitCode != ExitCodes.Success)
            {
                throw new InvalidOperationException($"The benchmark batch from {source} failed with exit code {result.ExitCode}: {result.Message}");
            }

            (commit, record) = (timed.Commit, timed.RecordBatch);
            watch.Restart();
        }

        var close = watch.Elapsed;
        var usage = monitor.Stop();
        phases.AddRange(steps.Steps.Select(s => new PhaseTiming(s.Step.StartsWith("stage ", StringComparison.Ordinal) ? "read+stage " + s.Step[6..]
            : s.Step.StartsWith("load ", StringComparison.Ordinal) ? "transform " + s.Step[5..] : s.Step, s.Elapsed.TotalSeconds)));
        phases.Add(new PhaseTiming("commit", commit.TotalSeconds));
        phases.Add(new PhaseTiming("record the batch (etl.BatchRun, counts)", record.TotalSeconds));
        phases.Add(new PhaseTiming("close (checkpoint)", close.TotalSeconds));
        phases.Add(new PhaseTiming("other (as-of, configuration snapshot)", Math.Max(0, usage.Wall.TotalSeconds - phases.Sum(p => p.Seconds))));
        var rowsRead = result.Counts.Where(c => !c.EntityName.Contains('.', StringComparison.Ordinal)).Sum(c => c.RowsRead);
        return Measurement.From(usage, rowsRead, phases);
    }

    /// <summary>Reads every rpt view completely, as a report client would, <see cref="BenchmarkOptions.ViewRuns"/> times each.</summary>
    private List<ViewTiming> QueryViews(string warehouse, SchemaCatalog catalog)
    {
        var timings = new List<ViewTiming>();
        using var loader = DuckDbLoader.Open(warehouse, catalog);
        foreach (var view in catalog.Views.Where(v => v.Schema == "rpt").OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            var runs = new List<double>();
            long rows = 0;
            for (var run = 0; run < options.ViewRuns; run++)
            {
                var watch = Stopwatch.StartNew();
                rows = ReadAll(loader.Connection, $"SELECT * FROM {view.FullName}");
                runs.Add(Math.Round(watch.Elapsed.TotalMilliseconds, 1));
            }

            var sorted = runs.Order().ToList();
            timings.Add(new ViewTiming(view.FullName, rows, sorted[sorted.Count / 2], runs));
        }

        return timings;
    }

    private static long ReadAll(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new object[reader.FieldCount];
        long rows = 0;
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }
}
