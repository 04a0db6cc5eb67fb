using System.Text.RegularExpressions;

namespace Smarketing.Etl.Loading.DuckDb;

/// <summary>Says who holds a DuckDB file, from DuckDB's lock error ("Conflicting lock is held in /usr/bin/duckdb (PID 4242)"): a
/// DuckDB shell or BI tool left open is not "another run in progress", and the fix differs (close it, rather than wait).</summary>
public static partial class DuckDbLockHolder
{
    /// <summary>The message for a lock on <paramref name="path"/>, given DuckDB's error text.</summary>
    public static string Describe(string path, string duckDbMessage)
    {
        var match = Holder().Match(duckDbMessage);
        if (!match.Success)
        {
            return $"The warehouse {path} is in use by another process (another run in progress, or a program reading the file).";
        }

        var program = match.Groups["program"].Value.Trim();
        var pid = match.Groups["pid"].Value;
        var name = Path.GetFileNameWithoutExtension(program);
        return name is "dotnet" or "smarketing"
            ? $"The warehouse {path} is in use by another process, a smarketing command ({program}, PID {pid}): another run is in " +
              "progress; wait for it."
            : $"The warehouse {path} is held open by another program, {program} (PID {pid}) — e.g. a DuckDB shell or a BI tool reading " +
              "the file. Close it (or detach the file there) and run again.";
    }

    [GeneratedRegex(@"held in (?<program>.+?) \(PID (?<pid>\d+)\)")]
    private static partial Regex Holder();
}
