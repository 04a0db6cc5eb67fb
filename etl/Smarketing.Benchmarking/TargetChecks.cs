using System.Globalization;

namespace Smarketing.Benchmarking;

/// <summary>The targets of the benchmark issue, evaluated at the largest scale measured.</summary>
public static class TargetChecks
{
    /// <summary>Full load ≤ 3× read_csv; peak working set under 1 GiB and growing less than the input; 1 % delta ≤ 5 % of a full
    /// load; every view under 1 s.</summary>
    public static IReadOnlyList<TargetCheck> Evaluate(IReadOnlyList<ScaleResult> scales, IReadOnlyList<Growth> growth)
    {
        if (scales.Count == 0)
        {
            return [];
        }

        var top = scales.MaxBy(s => s.Leads)!;
        var at = string.Create(CultureInfo.InvariantCulture, $"at {top.Leads:N0} leads");
        var slowest = top.Views.MaxBy(v => v.MedianMilliseconds);
        var checks = new List<TargetCheck>
        {
            new($"Full load ≤ 3× DuckDB read_csv ({at})",
                Invariant($"{top.FullLoadToReadCsv:0.0}× ({top.FullLoad.WallSeconds:0.0} s vs {top.ReadCsvBaseline.WallSeconds:0.0} s)"), top.FullLoadToReadCsv <= 3),
            new($"Peak working set < 1 GiB ({at})", Invariant($"{top.FullLoad.PeakWorkingSetMiB:N0} MiB"), top.FullLoad.PeakWorkingSetMiB < 1024),
            new($"Incremental run with a ~1 % delta ≤ 5 % of the full load ({at})",
                Invariant($"{top.IncrementalToFullLoad:P0} (delta = {top.DeltaShare:P2} of the extract; {top.IncrementalLoad.WallSeconds:0.0} s vs {top.FullLoad.WallSeconds:0.0} s)"),
                top.IncrementalToFullLoad <= 0.05),
            new($"Every rpt view < 1 s ({at})", slowest is null ? "no views" : Invariant($"slowest {slowest.View}: {slowest.MedianMilliseconds:N0} ms"),
                slowest is null || slowest.MedianMilliseconds < 1000),
        };
        if (growth.Count > 0)
        {
            var last = growth[^1];
            checks.Insert(2, new TargetCheck($"Peak working set grows less than the input ({last.FromLeads:N0} → {last.ToLeads:N0} leads)",
                Invariant($"memory ×{last.PeakMemoryRatio:0.00} for input ×{last.InputRatio:0.00} (time ×{last.TimeRatio:0.00})"), last.PeakMemoryRatio < last.InputRatio));
        }

        return checks;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
