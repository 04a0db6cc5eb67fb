namespace Smarketing.Etl.Transforms.Sla;

/// <summary>One SLA clock: a rule's clock started by one entry of a lead into the rule's start stage, evaluated as of an instant.</summary>
public sealed record SlaClock(
    string RuleName,
    int Cycle,
    DateTime StartedAtUtc,
    DateTime DueAtUtc,
    string? OwnerUserId,
    DateTime? ResolvedAtUtc,
    string? ResolutionStage,
    string? Resolution,
    decimal ElapsedBusinessHours,
    decimal TargetBusinessHours,
    DateTime AsOfUtc,
    bool Missed = false)
{
    /// <summary>Met, Breached or Open. A clock whose stop event never happened before the lead left the cycle (<see cref="Missed"/>) is breached.</summary>
    public string Status => ResolvedAtUtc is null ? "Open" : !Missed && ElapsedBusinessHours <= TargetBusinessHours ? "Met" : "Breached";

    /// <summary>Still open and already past due at the as-of instant.</summary>
    public bool IsOpenOverdue => ResolvedAtUtc is null && ElapsedBusinessHours > TargetBusinessHours;

    /// <summary>Business hours past the target (0 when within it).</summary>
    public decimal HoursOverdue => Math.Max(0m, ElapsedBusinessHours - TargetBusinessHours);

    /// <summary>On the managers' daily list: open and past due, or breached and resolved within <paramref name="window"/> before the as-of instant.</summary>
    public bool IsOnExceptionList(TimeSpan window) =>
        IsOpenOverdue || (Status == "Breached" && ResolvedAtUtc >= AsOfUtc - window);
}
