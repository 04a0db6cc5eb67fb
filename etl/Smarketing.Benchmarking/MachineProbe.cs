using System.Runtime.InteropServices;
using DuckDB.NET.Data;
using Smarketing.Etl.Loading.DuckDb;

namespace Smarketing.Benchmarking;

/// <summary>Reads the facts a benchmark result must carry: cores, memory, processor, OS, runtime and engine versions, load.</summary>
public static class MachineProbe
{
    /// <summary>The machine as it is now; <see cref="MachineFacts.LoadAverageAtEnd"/> is filled in by the runner.</summary>
    public static MachineFacts Describe()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        var duckDb = $"DuckDB {command.ExecuteScalar()} (DuckDB.NET {typeof(DuckDBConnection).Assembly.GetName().Version})";
        var limit = DuckDbResources.Resolve().Describe();
        return new MachineFacts(Environment.ProcessorCount, Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0, 1), Cpu(),
            RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, duckDb, limit, LoadAverage(), LoadAverage());
    }

    /// <summary>The 1, 5 and 15-minute load averages (Linux), e.g. "1.52 1.20 0.98"; "n/a" elsewhere.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string Cpu()
    {
        try
        {
            var model = File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
                : null;
            return model ?? RuntimeInformation.ProcessArchitecture.ToString();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }
}
