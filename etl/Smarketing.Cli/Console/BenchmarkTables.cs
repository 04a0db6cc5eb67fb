using System.Globalization;
using Smarketing.Benchmarking;
using Spectre.Console;

namespace Smarketing.Cli.Console;

/// <summary>Prints a benchmark result: one row per scale, the targets, and each scale's phases and views.</summary>
internal static class BenchmarkTables
{
    public static void Print(BenchmarkResult r)
    {
        var m = r.Machine;
        AnsiConsole.MarkupLine(Markup.Escape(Invariant($"{m.Cores} cores, {m.MemoryGiB:0.#} GiB, {m.Cpu}; {m.Runtime}; {m.DuckDb}; memory limit {m.DuckDbMemoryLimit}")));
        AnsiConsole.MarkupLine(Markup.Escape($"load average {m.LoadAverageAtStart} at the start, {m.LoadAverageAtEnd} at the end"));
        // One column per scale, one row per figure: fits a narrow terminal however many scales.
        var summary = new Table().Border(TableBorder.Rounded).Title("ETL benchmark").AddColumn("");
        foreach (var s in r.Scales)
        {
            summary.AddColumn(new TableColumn(Invariant($"{s.Leads:N0} leads")).RightAligned());
        }

        Row(summary, r, "input rows", s => Invariant($"{s.InputRows:N0}"));
        Row(summary, r, "input MiB", s => Invariant($"{s.InputBytes / 1048576.0:N0}"));
        Row(summary, r, "DuckDB read_csv s", s => Invariant($"{s.ReadCsvBaseline.WallSeconds:0.0}"));
        Row(summary, r, "full load s", s => Invariant($"{s.FullLoad.WallSeconds:0.0}"));
        Row(summary, r, "full load × read_csv", s => Invariant($"{s.FullLoadToReadCsv:0.0}"));
        Row(summary, r, "full load rows/s", s => Invariant($"{s.FullLoad.RowsPerSecond:N0}"));
        Row(summary, r, "peak working set MiB", s => Invariant($"{s.FullLoad.PeakWorkingSetMiB:N0}"));
        Row(summary, r, "allocated MiB", s => Invariant($"{s.FullLoad.AllocatedMiB:N0}"));
        Row(summary, r, "GC gen 0/1/2", s => Invariant($"{s.FullLoad.Gen0}/{s.FullLoad.Gen1}/{s.FullLoad.Gen2}"));
        Row(summary, r, "delta (share of extract)", s => Invariant($"{s.DeltaShare:P2}"));
        Row(summary, r, "incremental run s", s => Invariant($"{s.IncrementalLoad.WallSeconds:0.0}"));
        Row(summary, r, "incremental × full load", s => Invariant($"{s.IncrementalToFullLoad:P0}"));
        Row(summary, r, "slowest rpt view ms", s => Invariant($"{s.Views.Max(v => v.MedianMilliseconds):N0}"));
        AnsiConsole.Write(summary);
        var targets = new Table().Border(TableBorder.Rounded).Title("Targets").AddColumn("target").AddColumn("measured").AddColumn("");
        foreach (var t in r.Targets)
        {
            targets.AddRow(Markup.Escape(t.Target), Markup.Escape(t.Measured), t.Met ? "[green]PASS[/]" : "[red]MISS[/]");
        }

        AnsiConsole.Write(targets);
        foreach (var s in r.Scales)
        {
            var phases = new Table().Border(TableBorder.Simple).Title(Invariant($"{s.Leads:N0} leads: phases (s) and views (median ms of {s.Views.FirstOrDefault()?.RunsMilliseconds.Count ?? 0})"))
                .AddColumn("phase").AddColumn(new TableColumn("full load").RightAligned()).AddColumn(new TableColumn("incremental").RightAligned());
            foreach (var p in s.FullLoad.Phases)
            {
                var incremental = s.IncrementalLoad.Phases.FirstOrDefault(x => x.Phase == p.Phase);
                phases.AddRow(Markup.Escape(p.Phase), Invariant($"{p.Seconds:0.00}"), incremental is null ? "–" : Invariant($"{incremental.Seconds:0.00}"));
            }

            foreach (var v in s.Views)
            {
                phases.AddRow(Markup.Escape(Invariant($"view {v.View} ({v.Rows:N0} rows)")), Invariant($"{v.MedianMilliseconds:N1} ms"), string.Empty);
            }

            AnsiConsole.Write(phases);
        }
    }

    private static void Row(Table table, BenchmarkResult r, string figure, Func<ScaleResult, string> value) =>
        table.AddRow([Markup.Escape(figure), .. r.Scales.Select(s => Markup.Escape(value(s)))]);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
