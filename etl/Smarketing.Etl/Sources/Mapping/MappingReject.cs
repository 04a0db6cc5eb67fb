namespace Smarketing.Etl.Sources.Mapping;

/// <summary>A source row the mapping could not turn into a canonical row; it is written nowhere and reported.</summary>
/// <param name="File">Source file name.</param>
/// <param name="Line">Physical line of the record.</param>
/// <param name="Column">Source column at fault (null for the whole row).</param>
/// <param name="Value">The offending value as written.</param>
/// <param name="Reason">What is wrong, naming the mapping path.</param>
public sealed record MappingReject(string File, long Line, string? Column, string? Value, string Reason)
{
    /// <inheritdoc />
    public override string ToString() =>
        Column is null ? $"{File} line {Line}: {Reason}" : $"{File} line {Line}, column {Column}: '{Value}' {Reason}";
}
