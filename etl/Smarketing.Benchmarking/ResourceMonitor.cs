using System.Diagnostics;
using System.Globalization;

namespace Smarketing.Benchmarking;

/// <summary>Measures a span of work: wall time, peak working set sampled on a background thread every 50 ms, allocations and
/// GC counts. Full collections run first, so memory left over from earlier work is not counted against this span.</summary>
public sealed class ResourceMonitor : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private readonly Process process = Process.GetCurrentProcess();
    private readonly ManualResetEventSlim stop = new();
    private readonly Thread sampler;
    private readonly Stopwatch watch;
    private readonly long startWorkingSet;
    private readonly long allocated;
    private readonly int gen0;
    private readonly int gen1;
    private readonly int gen2;
    private readonly TimeSpan cpu;
    private readonly bool highWaterReset;
    private long peak;

    private ResourceMonitor()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        process.Refresh();
        startWorkingSet = peak = process.WorkingSet64;
        highWaterReset = ResetHighWaterMark();
        allocated = GC.GetTotalAllocatedBytes(precise: true);
        (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        cpu = process.TotalProcessorTime;
        sampler = new Thread(Sample) { IsBackground = true, Name = "working-set sampler", Priority = ThreadPriority.AboveNormal };
        watch = Stopwatch.StartNew();
        sampler.Start();
    }

    /// <summary>Starts measuring.</summary>
    public static ResourceMonitor Start() => new();

    /// <summary>Stops measuring and returns what the span cost.</summary>
    public ResourceUsage Stop()
    {
        var wall = watch.Elapsed;
        stop.Set();
        sampler.Join();
        process.Refresh();
        var last = process.WorkingSet64;
        return new ResourceUsage(wall, Math.Max(Interlocked.Read(ref peak), last), highWaterReset ? ReadHighWaterMark() : null, startWorkingSet,
            GC.GetTotalAllocatedBytes(precise: true) - allocated, GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
            process.TotalProcessorTime - cpu);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        stop.Set();
        stop.Dispose();
        process.Dispose();
    }

    private void Sample()
    {
        using var self = Process.GetCurrentProcess();
        while (!stop.Wait(Interval))
        {
            self.Refresh();
            var now = self.WorkingSet64;
            if (now > Interlocked.Read(ref peak))
            {
                Interlocked.Exchange(ref peak, now);
            }
        }
    }

    /// <summary>Linux: writing 5 to /proc/self/clear_refs resets the peak resident set size (VmHWM) to the current one.</summary>
    private static bool ResetHighWaterMark()
    {
        try
        {
            if (!OperatingSystem.IsLinux())
            {
                return false;
            }

            File.WriteAllText("/proc/self/clear_refs", "5");
            return ReadHighWaterMark() is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long? ReadHighWaterMark()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
