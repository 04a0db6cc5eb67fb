namespace Smarketing.Etl.Loading;

/// <summary>A source row that could not be loaded, kept with the reason (etl.RejectedRow).</summary>
/// <param name="SourceFile">File name, e.g. Lead.csv.</param>
/// <param name="LineNumber">Physical line where the record starts (header = line 1).</param>
/// <param name="FieldName">The offending column, when one is to blame.</param>
/// <param name="FieldValue">The offending value as read.</param>
/// <param name="Reason">What is wrong and what was expected.</param>
/// <param name="RawText">The whole record as it stood in the file.</param>
public sealed record RejectedRow(string SourceFile, long LineNumber, string? FieldName, string? FieldValue, string Reason, string? RawText)
{
    /// <summary>One-line message: <c>Lead.csv line 12, column CreatedDate: '31/02/2024' is not a date-time</c>.</summary>
    public override string ToString() =>
        FieldName is null
            ? $"{SourceFile} line {LineNumber}: {Reason}"
            : $"{SourceFile} line {LineNumber}, column {FieldName}: '{FieldValue}' {Reason}";
}
