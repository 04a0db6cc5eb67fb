namespace Smarketing.Etl.Pipeline;

/// <summary>The input breaks the contract as a whole (an incomplete full extract, a shrinking one): the batch is rolled back and
/// ends with <see cref="ExitCode"/>; an expected outcome, reported as a result, never as a crash.</summary>
public sealed class BatchRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BatchRefusedException(int exitCode, string message) : base(message) => ExitCode = exitCode;

    /// <summary>Creates the exception.</summary>
    public BatchRefusedException() { }

    /// <summary>Creates the exception.</summary>
    public BatchRefusedException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public BatchRefusedException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The process exit code (<see cref="ExitCodes"/>).</summary>
    public int ExitCode { get; } = ExitCodes.Failure;
}
