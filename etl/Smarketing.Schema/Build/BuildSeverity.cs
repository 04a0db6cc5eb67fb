namespace Smarketing.Schema.Build;

/// <summary>How a <see cref="BuildProblem"/> affects the build: errors fail it, warnings are findings to fix or suppress.</summary>
public enum BuildSeverity
{
    /// <summary>The schema is invalid; no DACPAC is written.</summary>
    Error,

    /// <summary>A static code analysis finding or a convention breach; the build treats it as an error when warnings are errors.</summary>
    Warning,
}
