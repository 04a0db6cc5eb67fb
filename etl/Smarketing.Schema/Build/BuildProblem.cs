using System.Globalization;

namespace Smarketing.Schema.Build;

/// <summary>One problem found while building the warehouse schema, located in a source file.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="File">Path of the .sql file relative to the source directory, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Code">SQLnnnnn for parse and model errors, SRnnnn for code analysis, SMKnnnn for project conventions.</param>
/// <param name="Message">What is wrong.</param>
public sealed record BuildProblem(BuildSeverity Severity, string File, int Line, int Column, string Code, string Message)
{
    /// <summary>The problem in MSBuild's canonical format, e.g. <c>dw/Tables/DimLead.sql(12,5): error SQL71501: …</c>,
    /// so that MSBuild (and IDEs) recognise it, fail the build on errors and link to the file.</summary>
    public string ToMsBuildFormat()
    {
        var severity = Severity == BuildSeverity.Error ? "error" : "warning";
        var message = Message.ReplaceLineEndings(" ").Trim();
        return string.Create(CultureInfo.InvariantCulture, $"{File}({Math.Max(Line, 1)},{Math.Max(Column, 1)}): {severity} {Code}: {message}");
    }

    /// <inheritdoc />
    public override string ToString() => ToMsBuildFormat();
}
