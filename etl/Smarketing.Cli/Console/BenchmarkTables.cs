using System.Globalization;
using Smarketing.Etl.Benchmarking;
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
        var summary = new Table().Border(TableBorder.Rounded).Title("ETL benchmark");
        foreach (var column in new[] { "leads", "input rows", "input MiB", "read_csv s", "full load s", "× read_csv", "rows/s", "peak WS MiB", "alloc MiB", "GC 0/1/2", "delta", "incremental s", "× full", "slowest view ms" })
        {
            summary.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var s in r.Scales)
        {
            var f = s.FullLoad;
            summary.AddRow(Invariant($"{s.Leads:N0}"), Invariant($"{s.InputRows:N0}"), Invariant($"{s.InputBytes / 1048576.0:N0}"), Invariant($"{s.ReadCsvBaseline.WallSeconds:0.0}"),
                Invariant($"{f.WallSeconds:0.0}"), Invariant($"{s.FullLoadToReadCsv:0.0}"), Invariant($"{f.RowsPerSecond:N0}"), Invariant($"{f.PeakWorkingSetMiB:N0}"),
                Invariant($"{f.AllocatedMiB:N0}"), Invariant($"{f.Gen0}/{f.Gen1}/{f.Gen2}"), Invariant($"{s.DeltaShare:P2}"), Invariant($"{s.IncrementalLoad.WallSeconds:0.0}"),
                Invariant($"{s.IncrementalToFullLoad:P0}"), Invariant($"{s.Views.Max(v => v.MedianMilliseconds):N0}"));
        }

        AnsiConsole.Write(summary);
        var targets = new Table().Border(TableBorder.Rounded).Title("Targets").AddColumn("target").AddColumn("measured").AddColumn("");
        foreach (var t in r.Targets)
        {
            targets.AddRow(Markup.Escape(t.Target), Markup.Escape(t.Measured), t.Met ? "[green]met[/]" : "[red]missed[/]");
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

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
