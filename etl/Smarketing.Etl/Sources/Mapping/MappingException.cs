namespace Smarketing.Etl.Sources.Mapping;

/// <summary>The mapping file is unusable (invalid JSON, unknown property, bad format, a source column missing from its file);
/// <see cref="Problems"/> lists every problem with its path.</summary>
public sealed class MappingException : Exception
{
    /// <summary>Creates the exception from the list of problems.</summary>
    public MappingException(string source, IReadOnlyList<string> problems)
        : base($"{source}: {problems.Count} mapping problem(s):\n  " + string.Join("\n  ", problems.Select(p => $"{source}: {p}")))
    {
        Problems = problems.Select(p => $"{source}: {p}").ToList();
    }

    /// <summary>Creates the exception.</summary>
    public MappingException() : this("mapping", []) { }

    /// <summary>Creates the exception.</summary>
    public MappingException(string message) : this(message, []) { }

    /// <summary>Creates the exception.</summary>
    public MappingException(string message, Exception inner) : base(message, inner) => Problems = [message];

    /// <summary>Each problem as <c>file: path: what is wrong</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
