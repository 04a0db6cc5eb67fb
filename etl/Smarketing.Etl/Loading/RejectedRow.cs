using Smarketing.Etl.Sources;

namespace Smarketing.Etl.Loading;

/// <summary>A source row that could not be loaded, or a field that was emptied, kept with the reason (etl.RejectedRow).</summary>
/// <param name="SourceFile">File name, e.g. Lead.csv.</param>
/// <param name="LineNumber">Physical line where the record starts (header = line 1).</param>
/// <param name="FieldName">The offending column, when one is to blame.</param>
/// <param name="FieldValue">The offending value as read.</param>
/// <param name="Reason">What is wrong and what was expected.</param>
/// <param name="RawText">The whole record as it stood in the file (kept up to <see cref="RawTextCap"/> characters).</param>
public sealed record RejectedRow(string SourceFile, long LineNumber, string? FieldName, string? FieldValue, string Reason, string? RawText)
{
    /// <summary>The most characters of a record kept in etl.RejectedRow.RawText; <see cref="RawTextLength"/> keeps the true length.</summary>
    public const int RawTextCap = 4000;

    /// <summary>The record's text, capped at <see cref="RawTextCap"/> characters (a runaway quote can make one record megabytes long).</summary>
    public string? RawText { get; init; } = RawText is { Length: > RawTextCap } ? RawText[..RawTextCap] : RawText;

    /// <summary>The record's length before capping, in characters.</summary>
    public int? RawTextLength { get; init; } = RawText?.Length;

    /// <summary>The last physical line of the record or block (equal to <see cref="LineNumber"/> for a one-line record).</summary>
    public long? LastLineNumber { get; init; }

    /// <summary>What happened: <c>RowRejected</c> (the row is not loaded), <c>FieldEmptied</c> (a non-essential field was loaded empty,
    /// the row kept) or <c>BlockRejected</c> (lines the parser could not split into records).</summary>
    public string Action { get; init; } = RowRejectedAction;

    /// <summary>The row was not loaded.</summary>
    public const string RowRejectedAction = "RowRejected";

    /// <summary>A non-essential field was emptied; the row was loaded.</summary>
    public const string FieldEmptiedAction = "FieldEmptied";

    /// <summary>Physical lines that could not be split into records were not loaded.</summary>
    public const string BlockRejectedAction = "BlockRejected";

    /// <summary>One-line message, safe for logs (personal values masked, values capped):
    /// <c>Lead.csv line 12, column CreatedDate: '31/02/2024' is not a date-time</c>.</summary>
    public override string ToString()
    {
        var lines = LastLineNumber is { } last && last != LineNumber ? $"lines {LineNumber}–{last}" : $"line {LineNumber}";
        var emptied = Action == FieldEmptiedAction ? " (field loaded empty, row kept)" : "";
        return FieldName is null
            ? $"{SourceFile} {lines}: {Reason}{emptied}"
            : $"{SourceFile} {lines}, column {FieldName}: '{PersonalData.ForLog(FieldName, FieldValue)}' {Reason}{emptied}";
    }
}
