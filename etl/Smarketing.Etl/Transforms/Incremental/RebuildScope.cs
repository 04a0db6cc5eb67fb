using System.Globalization;

namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>What a batch rebuilds of one kind of fact (leads' facts, opportunities' attribution): all of it, or a listed part.</summary>
/// <param name="IsAll">True when everything is rebuilt.</param>
/// <param name="Count">How many are rebuilt (when <paramref name="IsAll"/>: the total if it was counted, else 0).</param>
/// <param name="Why">Why all, or the count per reason.</param>
public sealed record RebuildScope(bool IsAll, long Count, string Why)
{
    /// <summary>Everything (the default until the scope is decided, e.g. a transform run on its own in a test).</summary>
    public static RebuildScope Undecided { get; } = new(true, 0, "not decided");

    /// <summary>"all 1,995 leads (first load)", "all opportunities (every lead is rebuilt)", "135 leads (Lead changed: 66, …)".</summary>
    public string Describe(string noun) =>
        !IsAll ? string.Create(CultureInfo.InvariantCulture, $"{Count:N0} {noun} ({Why})")
        : Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"all {Count:N0} {noun} ({Why})")
        : $"all {noun} ({Why})";
}
