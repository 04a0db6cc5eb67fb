using System.Globalization;

namespace Smarketing.Benchmarking;

/// <summary>Issue 15's targets, evaluated at the largest scale measured (and between neighbouring scales for growth), each with
/// the measured figure and PASS or MISS.</summary>
public static class TargetChecks
{
    /// <summary>Full load at most this many times DuckDB's bare read_csv of the same files (issue 15; its moonshot is 1.5×).</summary>
    public const double FullLoadToReadCsvTarget = 2.0;

    /// <summary>Peak working set of a full load below 1 GiB (issue 15, at 100,000 leads) …</summary>
    public const double PeakMiBTarget = 1024;

    /// <summary>… and below 2 GiB from <see cref="MillionLeads"/> on.</summary>
    public const double PeakMiBTargetAtAMillion = 2048;

    /// <summary>The scale from which the larger peak target applies.</summary>
    public const int MillionLeads = 1_000_000;

    /// <summary>An incremental run with a ~1 % delta at most this share of the full load.</summary>
    public const double DeltaToFullLoadTarget = 0.05;

    /// <summary>Every rpt view read completely (median of the runs) under this many milliseconds.</summary>
    public const double ViewMillisecondsTarget = 1000;

    /// <summary>The checks: full load, peak working set, delta and views at the largest scale; with two scales or more, peak and
    /// time growing no faster than the input between the last two.</summary>
    public static IReadOnlyList<TargetCheck> Evaluate(IReadOnlyList<ScaleResult> scales, IReadOnlyList<Growth> growth)
    {
        if (scales.Count == 0)
        {
            return [];
        }

        var top = scales.MaxBy(s => s.Leads)!;
        var at = Invariant($"at {top.Leads:N0} leads");
        var slowest = top.Views.MaxBy(v => v.MedianMilliseconds);
        var peakTarget = top.Leads >= MillionLeads ? PeakMiBTargetAtAMillion : PeakMiBTarget;
        var checks = new List<TargetCheck>
        {
            new(Invariant($"Full load ≤ {FullLoadToReadCsvTarget:0.#}× DuckDB read_csv ({at})"),
                Invariant($"{top.FullLoadToReadCsv:0.0}× ({top.FullLoad.WallSeconds:0.0} s vs {top.ReadCsvBaseline.WallSeconds:0.0} s)"),
                top.FullLoadToReadCsv <= FullLoadToReadCsvTarget),
            new(Invariant($"Peak working set < {peakTarget / 1024:0} GiB ({at})"), Invariant($"{top.FullLoad.PeakWorkingSetMiB:N0} MiB"),
                top.FullLoad.PeakWorkingSetMiB < peakTarget),
            new(Invariant($"Incremental run with a ~1 % delta ≤ {DeltaToFullLoadTarget:P0} of the full load ({at})"),
                Invariant($"{top.IncrementalToFullLoad:P1} (delta = {top.DeltaShare:P2} of the extract; ") +
                Invariant($"{top.IncrementalLoad.WallSeconds:0.0} s vs {top.FullLoad.WallSeconds:0.0} s)"),
                top.IncrementalToFullLoad <= DeltaToFullLoadTarget),
            new(Invariant($"Every rpt view < {ViewMillisecondsTarget / 1000:0} s ({at})"),
                slowest is null ? "no views" : Invariant($"slowest {slowest.View}: {slowest.MedianMilliseconds:N0} ms"),
                slowest is null || slowest.MedianMilliseconds < ViewMillisecondsTarget),
        };
        if (growth.Count > 0)
        {
            var last = growth[^1];
            var span = Invariant($"{last.FromLeads:N0} → {last.ToLeads:N0} leads");
            checks.Add(new TargetCheck(Invariant($"Peak working set grows less than the input ({span})"),
                Invariant($"memory ×{last.PeakMemoryRatio:0.00} for input ×{last.InputRatio:0.00}"), last.PeakMemoryRatio < last.InputRatio));
            checks.Add(new TargetCheck(Invariant($"Full-load time grows no faster than the input ({span})"),
                Invariant($"time ×{last.TimeRatio:0.00} for input ×{last.InputRatio:0.00}"), last.TimeRatio <= last.InputRatio));
        }

        return checks;
    }

    /// <summary>How a check reads in the report: PASS or MISS.</summary>
    public static string Verdict(TargetCheck check) => check.Met ? "PASS" : "MISS";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
