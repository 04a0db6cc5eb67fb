namespace Smarketing.Etl.Reporting.Dashboard;

/// <summary>Everything the dashboard shows, read from the rpt views (so the page and the views always agree).</summary>
public sealed class DashboardData
{
    /// <summary>The batch's as-of instant.</summary>
    public DateTime? AsOfUtc { get; init; }

    /// <summary>Headline numbers: key → (label, value, format).</summary>
    public List<Kpi> Kpis { get; } = [];

    /// <summary>Leads reaching each funnel stage (all cohorts).</summary>
    public List<(string Stage, long Leads)> Funnel { get; } = [];

    /// <summary>Handoff SLA compliance by month and team.</summary>
    public List<(int YearMonth, string Team, decimal? Rate)> SlaTrend { get; } = [];

    /// <summary>The SLA exceptions list (worst first).</summary>
    public List<ExceptionRow> Exceptions { get; } = [];

    /// <summary>Campaign ROI (empty when the warehouse has no campaign performance view).</summary>
    public List<(string Campaign, decimal Roi)> CampaignRoi { get; } = [];

    /// <summary>CLV:CAC by acquisition channel (empty when unavailable).</summary>
    public List<(string Channel, decimal Ratio)> ClvToCac { get; } = [];
}

/// <summary>A headline number.</summary>
/// <param name="Key">Stable id used in the page (data-kpi) and by tests.</param>
/// <param name="Label">What it is.</param>
/// <param name="Value">The value; null when not computable.</param>
/// <param name="Format">"count", "percent" (value is a fraction), "money" or "ratio".</param>
public sealed record Kpi(string Key, string Label, decimal? Value, string Format);

/// <summary>One row of the exceptions table.</summary>
public sealed record ExceptionRow(string Manager, string Rep, string Lead, string Company, string Rule, string Type, decimal HoursOverdue);
