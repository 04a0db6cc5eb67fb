namespace Smarketing.Etl.Configuration;

/// <summary>The configuration is invalid; <see cref="Problems"/> lists every problem with its path and what is allowed.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception from the list of problems.</summary>
    public ConfigurationException(string source, IReadOnlyList<string> problems)
        : base($"{source}: {problems.Count} configuration problem(s):\n  " + string.Join("\n  ", problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception.</summary>
    public ConfigurationException() : this("configuration", []) { }

    /// <summary>Creates the exception.</summary>
    public ConfigurationException(string message) : this(message, []) { }

    /// <summary>Creates the exception.</summary>
    public ConfigurationException(string message, Exception inner) : base(message, inner) => Problems = [message];

    /// <summary>Each problem as <c>path: what is wrong (allowed: …)</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
