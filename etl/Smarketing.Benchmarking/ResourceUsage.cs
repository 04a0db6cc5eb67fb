namespace Smarketing.Benchmarking;

/// <summary>What one measured piece of work cost the process.</summary>
/// <param name="Wall">Elapsed wall-clock time.</param>
/// <param name="PeakWorkingSetBytes">Highest working set sampled while it ran (every 50 ms; managed heap and DuckDB's native memory together).</param>
/// <param name="PeakResidentBytes">The kernel's high-water mark of resident memory over the same span (Linux), when it could be reset and read.</param>
/// <param name="StartWorkingSetBytes">Working set when it started (what the process already held).</param>
/// <param name="AllocatedBytes">Managed bytes allocated (<see cref="GC.GetTotalAllocatedBytes(bool)"/>).</param>
/// <param name="Gen0">Generation-0 collections.</param>
/// <param name="Gen1">Generation-1 collections.</param>
/// <param name="Gen2">Generation-2 collections.</param>
/// <param name="CpuTime">Processor time of the whole process (all threads, DuckDB's included).</param>
public sealed record ResourceUsage(
    TimeSpan Wall, long PeakWorkingSetBytes, long? PeakResidentBytes, long StartWorkingSetBytes, long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan CpuTime);
