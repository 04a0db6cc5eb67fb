namespace Smarketing.Schema.Build;

/// <summary>The outcome of <see cref="DacpacBuilder.Build"/>: every problem found, and the DACPAC path when one was written.</summary>
/// <param name="Problems">Parse, model validation, code analysis and convention problems, in file order.</param>
/// <param name="DacpacPath">The written package, or null when errors prevented writing it.</param>
public sealed record SchemaBuildResult(IReadOnlyList<BuildProblem> Problems, string? DacpacPath)
{
    /// <summary>Errors only.</summary>
    public IEnumerable<BuildProblem> Errors => Problems.Where(p => p.Severity == BuildSeverity.Error);

    /// <summary>Warnings only (code analysis findings, convention breaches).</summary>
    public IEnumerable<BuildProblem> Warnings => Problems.Where(p => p.Severity == BuildSeverity.Warning);

    /// <summary>True when there is at least one error.</summary>
    public bool HasErrors => Errors.Any();
}
