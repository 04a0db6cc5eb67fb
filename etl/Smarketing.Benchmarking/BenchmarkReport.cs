using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Smarketing.Benchmarking;

/// <summary>Writes a <see cref="BenchmarkResult"/> as JSON (every figure) and Markdown (the same figures as tables).</summary>
public static class BenchmarkReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Writes <c>NAME.json</c> and <c>NAME.md</c> into <paramref name="directory"/>; returns both paths.</summary>
    public static (string Json, string Markdown) Write(BenchmarkResult result, string directory, string name)
    {
        Directory.CreateDirectory(directory);
        var json = Path.Combine(directory, name + ".json");
        var markdown = Path.Combine(directory, name + ".md");
        File.WriteAllText(json, JsonSerializer.Serialize(result, Json));
        File.WriteAllText(markdown, ToMarkdown(result));
        return (json, markdown);
    }

    /// <summary>The Markdown report.</summary>
    public static string ToMarkdown(BenchmarkResult r)
    {
        var md = new StringBuilder();
        var m = r.Machine;
        Line(md, $"# ETL benchmark, {r.StartedUtc:yyyy-MM-dd HH:mm} UTC");
        Line(md, $"");
        Line(md, $"{m.Cores} cores, {m.MemoryGiB:0.#} GiB, {m.Cpu}; {m.Os}; {m.Runtime}; {m.DuckDb}; DuckDB memory limit {m.DuckDbMemoryLimit}.");
        Line(md, $"Load average (1/5/15 min) {m.LoadAverageAtStart} at the start, {m.LoadAverageAtEnd} at the end (other work on the machine shows here). Run took {r.ElapsedSeconds:0} s.");
        Line(md, $"");
        Line(md, $"| leads | input rows | input MiB | read_csv s | full load s | × read_csv | rows/s | peak WS MiB | allocated MiB | GC 0/1/2 | delta | incremental s | × full | slowest view ms |");
        Line(md, $"| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var s in r.Scales)
        {
            var f = s.FullLoad;
            Line(md, $"| {s.Leads:N0} | {s.InputRows:N0} | {s.InputBytes / 1048576.0:N0} | {s.ReadCsvBaseline.WallSeconds:0.0} | {f.WallSeconds:0.0} | {s.FullLoadToReadCsv:0.0} | {f.RowsPerSecond:N0} | {f.PeakWorkingSetMiB:N0} | {f.AllocatedMiB:N0} | {f.Gen0}/{f.Gen1}/{f.Gen2} | {s.DeltaShare:P2} | {s.IncrementalLoad.WallSeconds:0.0} | {s.IncrementalToFullLoad:P0} | {s.Views.Max(v => v.MedianMilliseconds):N0} |");
        }

        Line(md, $"");
        Line(md, $"## Targets");
        Line(md, $"");
        Line(md, $"| target | measured | |");
        Line(md, $"| --- | --- | --- |");
        foreach (var t in r.Targets)
        {
            Line(md, $"| {t.Target} | {t.Measured} | {(t.Met ? TargetChecks.Verdict(t) : $"**{TargetChecks.Verdict(t)}**")} |");
        }

        if (r.Growth.Count > 0)
        {
            Line(md, $"");
            Line(md, $"## Growth");
            Line(md, $"");
            Line(md, $"| from → to leads | input × | full-load time × | peak working set × |");
            Line(md, $"| --- | ---: | ---: | ---: |");
            foreach (var g in r.Growth)
            {
                Line(md, $"| {g.FromLeads:N0} → {g.ToLeads:N0} | {g.InputRatio:0.00} | {g.TimeRatio:0.00} | {g.PeakMemoryRatio:0.00} |");
            }
        }

        foreach (var s in r.Scales)
        {
            Scale(md, s);
        }

        return md.ToString();
    }

    private static void Scale(StringBuilder md, ScaleResult s)
    {
        Line(md, $"");
        Line(md, $"## {s.Leads:N0} leads");
        Line(md, $"");
        Line(md, $"Generated in {s.GenerateSeconds:0.0} s. Delta: {s.DeltaWindow}. Load average {s.LoadAverage}.");
        Line(md, $"");
        Line(md, $"| file | full rows | full bytes | delta rows | delta bytes |");
        Line(md, $"| --- | ---: | ---: | ---: | ---: |");
        foreach (var f in s.FullExtract)
        {
            var d = s.DeltaExtract.FirstOrDefault(x => x.Name == f.Name);
            Line(md, $"| {f.Name} | {f.Rows:N0} | {f.Bytes:N0} | {d?.Rows ?? 0:N0} | {d?.Bytes ?? 0:N0} |");
        }

        Line(md, $"");
        Line(md, $"| run | wall s | rows read | rows/s | peak WS MiB | peak RSS MiB | start WS MiB | allocated MiB | GC 0/1/2 | CPU s |");
        Line(md, $"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, x) in new[] { ("DuckDB read_csv", s.ReadCsvBaseline), ("full load", s.FullLoad), ("incremental (delta)", s.IncrementalLoad) })
        {
            Line(md, $"| {name} | {x.WallSeconds:0.00} | {x.RowsRead:N0} | {x.RowsPerSecond:N0} | {x.PeakWorkingSetMiB:N0} | {x.PeakResidentMiB:N0} | {x.StartWorkingSetMiB:N0} | {x.AllocatedMiB:N0} | {x.Gen0}/{x.Gen1}/{x.Gen2} | {x.CpuSeconds:0.0} |");
        }

        Line(md, $"");
        Line(md, $"| phase | full load s | incremental s |");
        Line(md, $"| --- | ---: | ---: |");
        foreach (var phase in s.FullLoad.Phases)
        {
            var incremental = s.IncrementalLoad.Phases.FirstOrDefault(p => p.Phase == phase.Phase);
            Line(md, $"| {phase.Phase} | {phase.Seconds:0.00} | {(incremental is null ? "–" : incremental.Seconds.ToString("0.00", CultureInfo.InvariantCulture))} |");
        }

        Line(md, $"");
        Line(md, $"| rpt view | rows | median ms | runs ms |");
        Line(md, $"| --- | ---: | ---: | --- |");
        foreach (var v in s.Views)
        {
            Line(md, $"| {v.View} | {v.Rows:N0} | {v.MedianMilliseconds:N1} | {string.Join(", ", v.RunsMilliseconds.Select(x => x.ToString("0", CultureInfo.InvariantCulture)))} |");
        }
    }

    private static void Line(StringBuilder md, FormattableString text) => md.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
