namespace Smarketing.Reporting;

/// <summary>One batch of the history: outcome, instants (UTC) and rows summed over the source entities.</summary>
public sealed record BatchHistoryRow(
    int BatchId, string Status, DateTime StartedAtUtc, DateTime? FinishedAtUtc, DateTime? AsOfUtc, string Mode,
    int? ExitCode, long RowsRead, long RowsInserted, long RowsUpdated, long RowsRejected, string? Message);
