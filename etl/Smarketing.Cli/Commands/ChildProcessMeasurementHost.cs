using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Smarketing.Benchmarking;

namespace Smarketing.Cli.Commands;

/// <summary>Measures each run in a fresh <c>smarketing bench-run</c> process, so its peak working set, allocations and GC counts are
/// its own (not what the generator or an earlier run left behind in the allocator).</summary>
internal sealed class ChildProcessMeasurementHost(string scratch) : IMeasurementHost
{
    public Measurement Measure(MeasuredRun run)
    {
        var result = Path.Combine(scratch, $"measurement-{Guid.NewGuid():N}.json");
        var start = Self();
        foreach (var arg in new[] { BenchRunCommand.Name, "--kind", run.Kind.ToString(), "--source", run.Source, "--database", run.Database, "--result", result, "--log-dir", Path.Combine(scratch, "logs") })
        {
            start.ArgumentList.Add(arg);
        }

        if (run.DacpacPath is { } dacpac)
        {
            start.ArgumentList.Add("--dacpac");
            start.ArgumentList.Add(dacpac);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the measured run.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(result))
        {
            var printed = errors.Result + "\n" + output;
            throw new MeasuredRunFailedException(string.Create(CultureInfo.InvariantCulture,
                $"The measured run ({run.Kind} from {run.Source}) exited with code {process.ExitCode}: {MeasuredRunFailedException.ReasonIn(printed)}"),
                printed);
        }

        var measured = JsonSerializer.Deserialize<Measurement>(File.ReadAllText(result)) ?? throw new InvalidOperationException($"{result} holds no measurement.");
        File.Delete(result);
        return measured;
    }

    /// <summary>This program again: the app host, or <c>dotnet smarketing.dll</c> when started through the dotnet host.</summary>
    private static ProcessStartInfo Self()
    {
        var path = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(path) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        return start;
    }
}
