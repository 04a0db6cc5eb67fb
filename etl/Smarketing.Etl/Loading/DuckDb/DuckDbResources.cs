using System.Globalization;

namespace Smarketing.Etl.Loading.DuckDb;

/// <summary>
/// What the embedded engine may use: a memory budget, a thread count and where it spills. Bounded by default, because DuckDB's
/// own default (80 % of the machine's memory, kept as a cache) lets one nightly batch crowd out everything else on a shared ETL host;
/// with a budget DuckDB spills sorts, joins and temporary tables to <see cref="TempDirectory"/> instead.
/// </summary>
/// <param name="MemoryLimitBytes">DuckDB's <c>memory_limit</c>, in bytes (its buffer manager; the .NET heap comes on
/// top).</param>
/// <param name="Threads">DuckDB's <c>threads</c>.</param>
/// <param name="Source">Where the figures came from, for the log: "default", an option or an environment variable.</param>
public sealed record DuckDbResources(long MemoryLimitBytes, int Threads, string Source)
{
    /// <summary>Environment variable that overrides the memory budget, e.g. <c>512MB</c> or <c>2GB</c>.</summary>
    public const string MemoryLimitVariable = "SMARKETING_DUCKDB_MEMORY_LIMIT";

    /// <summary>Environment variable that overrides the thread count, e.g. <c>2</c>.</summary>
    public const string ThreadsVariable = "SMARKETING_DUCKDB_THREADS";

    /// <summary>Share of the memory available to the process that the default budget takes (a quarter leaves room for the .NET
    /// heap, the operating system's file cache and whatever else runs on the host).</summary>
    public const double DefaultMemoryShare = 0.25;

    /// <summary>Smallest default budget (256 MiB): below it a 100,000-lead load spills nearly everything.</summary>
    public const long DefaultMemoryFloorBytes = 256L * 1024 * 1024;

    /// <summary>Largest default budget (512 MiB). DuckDB keeps what it reads cached up to its budget, so the budget is what the
    /// engine holds at its peak; the .NET heap comes on top. 512 MiB keeps a 100,000-lead load under issue 15's 1 GiB peak and a
    /// million-lead load under 2 GiB; beyond the budget DuckDB spills (a larger budget bought a 100,000-lead load about a tenth
    /// of its time, bench/FINDINGS.md). Raise it with <c>--memory-limit</c> where memory is plentiful.</summary>
    public const long DefaultMemoryCapBytes = 512L * 1024 * 1024;

    /// <summary>Smallest budget accepted from an option or a variable (16 MiB); DuckDB needs a few MiB per thread to run at
    /// all.</summary>
    public const long MinimumMemoryBytes = 16L * 1024 * 1024;

    /// <summary>The spill folder used for a database file: <c>&lt;file&gt;.tmp</c> beside it, removed when the loader
    /// closes.</summary>
    public static string TempDirectoryFor(string databasePath) => databasePath + ".tmp";

    /// <summary>The default for a machine: <see cref="DefaultMemoryShare"/> of <paramref name="availableMemoryBytes"/> between the
    /// floor and the cap, and one thread per processor the process may use.</summary>
    public static DuckDbResources Default(long availableMemoryBytes, int processorCount) => new(
        Math.Clamp((long)(availableMemoryBytes * DefaultMemoryShare), DefaultMemoryFloorBytes, DefaultMemoryCapBytes),
        Math.Max(1, processorCount), "default");

    /// <summary>The default for this machine. <see cref="GC.GetGCMemoryInfo()"/>'s total available memory honours a container's
    /// memory limit, and <see cref="Environment.ProcessorCount"/> its CPU limit, where DuckDB's own defaults see the whole host.</summary>
    public static DuckDbResources MachineDefault() =>
        Default(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, Environment.ProcessorCount);

    /// <summary>The resources to use: each of <paramref name="memoryLimit"/> and <paramref name="threads"/> (command-line options)
    /// wins over its environment variable, which wins over <see cref="MachineDefault"/>. Throws <see cref="ArgumentException"/>
    /// naming the option or variable and the value when one is not valid.</summary>
    public static DuckDbResources Resolve(string? memoryLimit = null, string? threads = null)
    {
        var resolved = MachineDefault();
        var sources = new List<string>();
        if (Pick(memoryLimit, "--memory-limit", MemoryLimitVariable) is var (memoryText, memoryFrom))
        {
            resolved = resolved with { MemoryLimitBytes = ParseMemorySize(memoryText, memoryFrom) };
            sources.Add(memoryFrom);
        }

        if (Pick(threads, "--threads", ThreadsVariable) is var (threadText, threadFrom))
        {
            resolved = resolved with { Threads = ParseThreads(threadText, threadFrom) };
            sources.Add(threadFrom);
        }

        return sources.Count == 0 ? resolved : resolved with { Source = string.Join(", ", sources) };
    }

    /// <summary>
    /// Reads a memory size the way DuckDB writes one: a number and a unit, <c>KB MB GB TB</c> (powers of 1000) or
    /// <c>KiB MiB GiB TiB</c> (powers of 1024), case-insensitive, e.g. <c>2GB</c> = 2,000,000,000 bytes, <c>512MiB</c> =
    /// 536,870,912. A bare number is refused: bytes or megabytes would both be a plausible reading.
    /// </summary>
    public static long ParseMemorySize(string text, string what)
    {
        var trimmed = text.Trim();
        var unitStart = trimmed.Length;
        while (unitStart > 0 && char.IsLetter(trimmed[unitStart - 1]))
        {
            unitStart--;
        }

        var unit = trimmed[unitStart..].ToUpperInvariant();
        double? factor = unit switch
        {
            "B" => 1, "KB" => 1e3, "MB" => 1e6, "GB" => 1e9, "TB" => 1e12,
            "KIB" => 1024.0, "MIB" => 1024.0 * 1024, "GIB" => 1024.0 * 1024 * 1024, "TIB" => 1024.0 * 1024 * 1024 * 1024,
            _ => null,
        };
        if (factor is null
            || !double.TryParse(trimmed[..unitStart].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
                out var number)
            || number * factor.Value is var bytes && (bytes < MinimumMemoryBytes || bytes > long.MaxValue / 2))
        {
            throw new ArgumentException(
                $"{what} '{text}' is not a memory size of at least 16MiB: give a number and a unit, e.g. 512MB, 2GB or 1.5GiB.");
        }

        return (long)bytes;
    }

    /// <summary>Reads a thread count: a whole number from 1 to 1024.</summary>
    public static int ParseThreads(string text, string what) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 1024
            ? count
            : throw new ArgumentException($"{what} '{text}' is not a thread count: give a whole number from 1 to 1024, e.g. 2.");

    /// <summary>The budget as DuckDB's setting, in KiB so that no byte is rounded away (e.g. <c>524288KiB</c>).</summary>
    public string MemoryLimitSetting => string.Create(CultureInfo.InvariantCulture, $"{MemoryLimitBytes / 1024}KiB");

    /// <summary>The figures for a log line, e.g. "512 MiB, 2 thread(s) (default)".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{MemoryLimitBytes / 1048576.0:0.#} MiB, {Threads} thread(s) ({Source})");

    private static (string Text, string From)? Pick(string? option, string optionName, string variable) =>
        !string.IsNullOrWhiteSpace(option) ? (option, optionName)
        : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? (value, variable)
        : null;
}
