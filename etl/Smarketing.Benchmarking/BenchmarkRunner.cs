using System.Diagnostics;
using System.Globalization;
using Smarketing.Generation;
using Smarketing.Etl.Loading;
using Smarketing.Schema.Catalog;

namespace Smarketing.Benchmarking;

/// <summary>
/// Measures the ETL at several scales on this machine: generate a full extract and a delta a few days later; ingest the full
/// extract with DuckDB's bare read_csv (the floor); full-load it into a fresh warehouse phase by phase; run the delta on top; read
/// every rpt view. Each run is measured for wall time, peak working set, allocations and GC counts (<see cref="ResourceMonitor"/>).
/// </summary>
public sealed partial class BenchmarkRunner(BenchmarkOptions options, IProgress<string>? progress = null, IMeasurementHost? host = null)
{
    private readonly IMeasurementHost host = host ?? new InProcessMeasurementHost();

    /// <summary>Runs every scale and evaluates the targets.</summary>
    public BenchmarkResult Run()
    {
        var started = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        var machine = MachineProbe.Describe();
        var catalog = WarehouseModel.LoadCatalog(options.DacpacPath);
        var scales = new List<ScaleResult>();
        foreach (var leads in options.Leads.Order())
        {
            scales.Add(RunScale(leads, catalog));
        }

        var growth = scales.Zip(scales.Skip(1), (a, b) => new Growth(a.Leads, b.Leads, Ratio(b.InputRows, a.InputRows),
            Ratio(b.FullLoad.WallSeconds, a.FullLoad.WallSeconds), Ratio(b.FullLoad.PeakWorkingSetMiB, a.FullLoad.PeakWorkingSetMiB))).ToList();
        return new BenchmarkResult(started, watch.Elapsed.TotalSeconds, machine with { LoadAverageAtEnd = MachineProbe.LoadAverage() }, scales, growth,
            TargetChecks.Evaluate(scales, growth));
    }

    private ScaleResult RunScale(int leads, SchemaCatalog catalog)
    {
        var load = MachineProbe.LoadAverage();
        var folder = Path.Combine(options.WorkDirectory, string.Create(CultureInfo.InvariantCulture, $"leads-{leads}"));
        var extractAt = options.To.AddDays(-options.DeltaDays);
        var since = extractAt.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        Say($"{leads:N0} leads: generating the full extract as of {extractAt:yyyy-MM-dd} and the delta since {since:yyyy-MM-dd HH:mm}Z up to {options.To:yyyy-MM-dd}");
        try
        {
            return MeasureScale(leads, catalog, load, folder, extractAt, since);
        }
        finally
        {
            if (!options.KeepFiles && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private ScaleResult MeasureScale(int leads, SchemaCatalog catalog, string load, string folder, DateOnly extractAt, DateTime since)
    {
        var full = Path.Combine(folder, "full");
        var delta = Path.Combine(folder, "delta");
        var generate = Stopwatch.StartNew();
        var fullFiles = Generate(full, leads, extractAt, null);
        var deltaFiles = Generate(delta, leads, options.To, since);
        var generateSeconds = generate.Elapsed.TotalSeconds;

        Say($"{leads:N0} leads: DuckDB read_csv baseline ({fullFiles.Sum(f => f.Rows):N0} rows, {fullFiles.Sum(f => f.Bytes) / 1048576.0:N0} MiB)");
        var baseline = host.Measure(new MeasuredRun(MeasuredRunKind.ReadCsv, full, Path.Combine(folder, "read_csv.duckdb")));
        var warehouse = Path.Combine(folder, "warehouse.duckdb");
        ReadCsvBaseline.DeleteDatabase(warehouse);
        Say($"{leads:N0} leads: full load into a fresh warehouse");
        var fullLoad = host.Measure(new MeasuredRun(MeasuredRunKind.EtlBatch, full, warehouse, options.DacpacPath));
        Say($"{leads:N0} leads: incremental run with the delta ({deltaFiles.Sum(f => f.Rows):N0} rows)");
        var incremental = host.Measure(new MeasuredRun(MeasuredRunKind.EtlBatch, delta, warehouse, options.DacpacPath));
        Say($"{leads:N0} leads: reading every rpt view {options.ViewRuns} times");
        var views = QueryViews(warehouse, catalog);

        return new ScaleResult(leads, generateSeconds, fullFiles, deltaFiles, $"changes from {since:yyyy-MM-dd HH:mm}Z to {options.To.AddDays(1):yyyy-MM-dd} 00:00Z",
            baseline, fullLoad, incremental, views, $"{load} → {MachineProbe.LoadAverage()}");
    }

    private List<InputFile> Generate(string folder, int leads, DateOnly extractAt, DateTime? since)
    {
        var summary = new SampleExportGenerator().Generate(new GeneratorOptions
        {
            OutputDirectory = folder, Leads = leads, Seed = options.Seed, From = options.From, To = options.To, ExtractAt = extractAt, ChangedSinceUtc = since,
        });
        return summary.Files.Select(f => new InputFile(f.Name, f.Rows, f.Bytes)).ToList();
    }

    private void Say(FormattableString message) => progress?.Report(message.ToString(CultureInfo.InvariantCulture));

    private static double Ratio(double a, double b) => b == 0 ? double.NaN : Math.Round(a / b, 2);
}
