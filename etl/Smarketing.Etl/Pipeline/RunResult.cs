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
    string? Message)
{
    /// <summary>Which leads the lead facts were rebuilt for, e.g. "312 leads (Lead changed: 120, Open or listed SLA clock: 192)".</summary>
    public string? LeadScope { get; init; }

    /// <summary>Which opportunities' attribution was rebuilt, e.g. "214 opportunities (Opportunity changed: 180, Lead touches changed: 34)".</summary>
    public string? OpportunityScope { get; init; }
}
