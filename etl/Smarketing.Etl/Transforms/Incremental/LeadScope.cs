namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>Which leads this batch rebuilds the lead facts for: all of them, or those listed in etl.RecomputeLead.</summary>
/// <param name="IsAll">True when every lead is recomputed.</param>
/// <param name="LeadCount">Leads recomputed (all live leads when <paramref name="IsAll"/>).</param>
/// <param name="Why">Why all leads, or the count of leads per reason.</param>
public sealed record LeadScope(bool IsAll, int LeadCount, string Why)
{
    /// <summary>Every lead (the default until <see cref="RecomputeScope"/> has run, e.g. a transform run on its own in a test).</summary>
    public static LeadScope All { get; } = new(true, 0, "not decided");
}
