namespace Smarketing.Benchmarking;

/// <summary>A measured run (the read_csv baseline or an ETL batch) did not finish: the bench stops with the run's own reason instead
/// of a stack trace, and removes its scratch files unless asked to keep them.</summary>
public sealed class MeasuredRunFailedException : Exception
{
    /// <summary>Creates the failure from what the run printed: <paramref name="reason"/> is its first line that is not a stack
    /// frame, <paramref name="detail"/> everything it printed (for the log file).</summary>
    public MeasuredRunFailedException(string reason, string detail)
        : base(reason) => Detail = detail;

    /// <summary>Needed by the exception pattern; the bench always supplies a reason and the output.</summary>
    public MeasuredRunFailedException()
        : this("The measured run failed.", string.Empty)
    {
    }

    /// <summary>Needed by the exception pattern; the bench always supplies a reason and the output.</summary>
    public MeasuredRunFailedException(string message)
        : this(message, string.Empty)
    {
    }

    /// <summary>Needed by the exception pattern; the bench always supplies a reason and the output.</summary>
    public MeasuredRunFailedException(string message, Exception innerException)
        : base(message, innerException) => Detail = string.Empty;

    /// <summary>Everything the run printed on its outputs.</summary>
    public string Detail { get; }

    /// <summary>The first line of <paramref name="printed"/> that says what went wrong: not blank, not a stack frame
    /// (<c>at …</c>), with a leading "Unhandled exception:" and exception type name removed.</summary>
    public static string ReasonIn(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var line = printed.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("at ", StringComparison.Ordinal))
                   ?? "no output";
        const string unhandled = "Unhandled exception:";
        if (line.StartsWith(unhandled, StringComparison.OrdinalIgnoreCase))
        {
            line = line[unhandled.Length..].Trim();
        }

        // "Namespace.TypeException (0x…): message" or "Namespace.TypeException: message" → "message".
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var head = colon > 0 ? line[..colon] : string.Empty;
        return head.Split(' ')[0].EndsWith("Exception", StringComparison.Ordinal) ? line[(colon + 2)..] : line;
    }
}
