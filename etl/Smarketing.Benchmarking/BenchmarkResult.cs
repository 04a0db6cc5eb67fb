namespace Smarketing.Benchmarking;

/// <summary>Everything one benchmark run measured, in the units the report prints (seconds, MiB, milliseconds).</summary>
public sealed record BenchmarkResult(
    DateTime StartedUtc, double ElapsedSeconds, MachineFacts Machine, IReadOnlyList<ScaleResult> Scales, IReadOnlyList<Growth> Growth,
    IReadOnlyList<TargetCheck> Targets);

/// <summary>The machine the figures come from, and how busy it was.</summary>
public sealed record MachineFacts(
    int Cores, double MemoryGiB, string Cpu, string Os, string Runtime, string DuckDb, string DuckDbMemoryLimit, string LoadAverageAtStart, string LoadAverageAtEnd);

/// <summary>One scale: the inputs and the four measurements.</summary>
public sealed record ScaleResult(
    int Leads, double GenerateSeconds, IReadOnlyList<InputFile> FullExtract, IReadOnlyList<InputFile> DeltaExtract, string DeltaWindow,
    Measurement ReadCsvBaseline, Measurement FullLoad, Measurement IncrementalLoad, IReadOnlyList<ViewTiming> Views, string LoadAverage)
{
    /// <summary>Rows of the full extract.</summary>
    public long InputRows => FullExtract.Sum(f => f.Rows);

    /// <summary>Bytes of the full extract.</summary>
    public long InputBytes => FullExtract.Sum(f => f.Bytes);

    /// <summary>The delta's size as a share of the full extract (bytes).</summary>
    public double DeltaShare => InputBytes == 0 ? 0 : (double)DeltaExtract.Sum(f => f.Bytes) / InputBytes;

    /// <summary>Full load time over DuckDB's bare read_csv time.</summary>
    public double FullLoadToReadCsv => FullLoad.WallSeconds / ReadCsvBaseline.WallSeconds;

    /// <summary>Incremental run time over full load time.</summary>
    public double IncrementalToFullLoad => IncrementalLoad.WallSeconds / FullLoad.WallSeconds;
}

/// <summary>One export file: data rows and bytes.</summary>
public sealed record InputFile(string Name, long Rows, long Bytes);

/// <summary>What one measured run cost, with its phases.</summary>
public sealed record Measurement(
    double WallSeconds, long RowsRead, double RowsPerSecond, double PeakWorkingSetMiB, double? PeakResidentMiB, double StartWorkingSetMiB,
    double AllocatedMiB, int Gen0, int Gen1, int Gen2, double CpuSeconds, IReadOnlyList<PhaseTiming> Phases)
{
    /// <summary>Converts a <see cref="ResourceUsage"/>.</summary>
    public static Measurement From(ResourceUsage usage, long rowsRead, IReadOnlyList<PhaseTiming> phases) => new(
        usage.Wall.TotalSeconds, rowsRead, rowsRead / Math.Max(usage.Wall.TotalSeconds, 1e-9), Mib(usage.PeakWorkingSetBytes),
        usage.PeakResidentBytes is { } r ? Mib(r) : null, Mib(usage.StartWorkingSetBytes), Mib(usage.AllocatedBytes), usage.Gen0, usage.Gen1, usage.Gen2,
        usage.CpuTime.TotalSeconds, phases);

    private static double Mib(long bytes) => Math.Round(bytes / 1048576.0, 1);
}

/// <summary>One phase of a load ("read+stage MarketoActivities.csv", "transform dw.DimLead", "commit" …).</summary>
public sealed record PhaseTiming(string Phase, double Seconds);

/// <summary>One rpt view read completely by a client: rows and the median of several runs.</summary>
public sealed record ViewTiming(string View, long Rows, double MedianMilliseconds, IReadOnlyList<double> RunsMilliseconds);

/// <summary>How cost grows from one scale to the next: ratios of input rows, full-load time and peak working set.</summary>
public sealed record Growth(int FromLeads, int ToLeads, double InputRatio, double TimeRatio, double PeakMemoryRatio);

/// <summary>One target of the benchmark issue, what was measured and whether it is met.</summary>
public sealed record TargetCheck(string Target, string Measured, bool Met);
