using System.Diagnostics;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Benchmarking;

/// <summary>The two measured runs of a scale: DuckDB's read_csv baseline and an ETL batch, each measured from its own start.</summary>
public static class MeasuredRuns
{
    /// <summary>Runs <paramref name="run"/> in this process and measures it.</summary>
    public static Measurement Execute(MeasuredRun run) => run.Kind switch
    {
        MeasuredRunKind.ReadCsv => ReadCsv(run.Source, run.Database),
        _ => Load(run.Database, run.Source, run.DacpacPath),
    };

    /// <summary>DuckDB's own read_csv ingest of <paramref name="source"/> into a fresh <paramref name="database"/> (deleted afterwards).</summary>
    public static Measurement ReadCsv(string source, string database)
    {
        Measurement measured;
        using (var monitor = ResourceMonitor.Start())
        {
            var loaded = ReadCsvBaseline.Load(source, database);
            measured = Measurement.From(monitor.Stop(), loaded.Sum(l => l.Rows), []);
        }

        ReadCsvBaseline.DeleteDatabase(database);
        return measured;
    }

    /// <summary>One <c>run</c> as the CLI does it (open, deploy, batch, close), measured, with its phases.</summary>
    public static Measurement Load(string warehouse, string source, string? dacpacPath)
    {
        var catalog = WarehouseModel.LoadCatalog(dacpacPath);
        var configuration = ConfigurationLoader.Load(null);
        var phases = new List<PhaseTiming>();
        var steps = new StepRecorder();
        RunResult result;
        using var monitor = ResourceMonitor.Start();
        var watch = Stopwatch.StartNew();
        TimeSpan commit, record, keyCheck;
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

            (commit, record, keyCheck) = (timed.Commit, timed.RecordBatch, loader.BusinessKeyCheckTime);
            watch.Restart();
        }

        var close = watch.Elapsed;
        var usage = monitor.Stop();
        phases.AddRange(steps.Steps.Select(s => new PhaseTiming(s.Step.StartsWith("stage ", StringComparison.Ordinal) ? "read+stage " + s.Step[6..]
            : s.Step.StartsWith("load ", StringComparison.Ordinal) ? "transform " + s.Step[5..] : s.Step, s.Elapsed.TotalSeconds)));
        phases.Add(new PhaseTiming("commit: business-key check", keyCheck.TotalSeconds));
        phases.Add(new PhaseTiming("commit: engine", (commit - keyCheck).TotalSeconds));
        phases.Add(new PhaseTiming("record the batch (etl.BatchRun, counts)", record.TotalSeconds));
        phases.Add(new PhaseTiming("close (checkpoint)", close.TotalSeconds));
        phases.Add(new PhaseTiming("other (as-of, configuration snapshot)", Math.Max(0, usage.Wall.TotalSeconds - phases.Sum(p => p.Seconds))));
        var rowsRead = result.Counts.Where(c => !c.EntityName.Contains('.', StringComparison.Ordinal)).Sum(c => c.RowsRead);
        return Measurement.From(usage, rowsRead, phases);
    }
}
