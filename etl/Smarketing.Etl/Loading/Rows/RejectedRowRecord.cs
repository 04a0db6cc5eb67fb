namespace Smarketing.Etl.Loading.Rows;

/// <summary>A row of etl.RejectedRow as the batch journal writes it (its IDENTITY key left to the engine). Property names are the
/// table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("etl.RejectedRow", AppendOnly = true)]
public sealed record RejectedRowRecord(
    int BatchId,
    string SourceFile,
    int LineNumber,
    string? FieldName,
    string? FieldValue,
    string Reason,
    string? RawText,
    DateTime RejectedAtUtc,
    int? RawTextLength,
    int? LastLineNumber,
    string? Action)
{
    /// <summary>The record of <paramref name="reject"/> in batch <paramref name="batchId"/>, rejected at <paramref name="nowUtc"/>.</summary>
    public static RejectedRowRecord From(RejectedRow reject, int batchId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(reject);
        return new RejectedRowRecord(
            BatchId: batchId,
            SourceFile: reject.SourceFile,
            LineNumber: checked((int)reject.LineNumber),
            FieldName: reject.FieldName,
            FieldValue: reject.FieldValue,
            Reason: reject.Reason,
            RawText: reject.RawText,
            RejectedAtUtc: nowUtc,
            RawTextLength: reject.RawTextLength,
            LastLineNumber: reject.LastLineNumber is { } last ? checked((int)last) : null,
            Action: reject.Action);
    }
}
