namespace Smarketing.Etl.Sources;

/// <summary>A whole source file cannot be read (missing key column, unreadable header).</summary>
public sealed class SourceFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SourceFileException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public SourceFileException() { }

    /// <summary>Creates the exception.</summary>
    public SourceFileException(string message, Exception inner) : base(message, inner) { }
}
