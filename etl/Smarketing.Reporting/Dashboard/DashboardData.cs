namespace Smarketing.Reporting.Dashboard;

/// <summary>Everything the dashboard shows: rows of the rpt views at the grain the page's filters need (month, team, rep,
/// channel, persona), so that the page re-aggregates them for any filter — sums of counts and amounts, ratios recomputed from
/// their numerators and denominators, never averages of ratios. Aggregates only: no lead names, e-mails or companies.</summary>
public sealed class DashboardData
{
    /// <summary>The as-of instant of the last successful batch, ISO-8601 UTC ("" when no batch succeeded).</summary>
    public string AsOfUtc { get; init; } = "";

    /// <summary>The reporting currency (ISO 4217) in which every amount is expressed.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>The SLA rule whose compliance is the headline figure (null when the warehouse has no such rule).</summary>
    public string? HeadlineSlaRule { get; init; }

    /// <summary>The row sets by name (funnel, velocity, sla, speed, exceptions, reps, months, campaigns, pipeline,
    /// customers, …, accountfunnel, buyinggroups: <see cref="DashboardQueries.RowSets"/>).</summary>
    public Dictionary<string, DashboardTable> Tables { get; } = new(StringComparer.Ordinal);
}
