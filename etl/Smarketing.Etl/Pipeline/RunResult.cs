using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Pipeline;

/// <summary>The outcome of one batch: status, exit code, per-entity counts, rejects and notes, and phase timings.</summary>
public sealed record RunResult(
    int BatchId,
    BatchStatus Status,
    int ExitCode,
    DateTime AsOfUtc,
    IReadOnlyList<EntityCount> Counts,
    IReadOnlyList<RejectedRow> Rejects,
    IReadOnlyList<string> Notes,
    IReadOnlyDictionary<string, TimeSpan> PhaseTimes,
    string? Message);
