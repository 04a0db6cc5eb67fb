namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>One funnel cycle of a lead (accumulating snapshot): the first entry into each milestone category within the cycle.</summary>
public sealed class FunnelCycle
{
    /// <summary>Cycle number (1 = first pass; +1 after each recycle).</summary>
    public required int Cycle { get; init; }

    /// <summary>The cycle's entries, in order.</summary>
    public required IReadOnlyList<StageEntry> Entries { get; init; }

    /// <summary>Start of the cycle: the lead's creation for cycle 1, the first entry after the recycle otherwise.</summary>
    public DateTime StartedAtUtc => Entries[0].EnteredAtUtc;

    /// <summary>The first entry into a stage of <paramref name="category"/> in this cycle, or null. "Opportunity" means any
    /// opportunity stage, won and lost included (a deal created as won was an opportunity too).</summary>
    public StageEntry? First(string category) =>
        Entries.FirstOrDefault(e => category == "Opportunity" ? e.Stage.IsOpportunity : e.Stage.Category == category);

    /// <summary>Days from the cycle start to the first entry into <paramref name="category"/>, or null.</summary>
    public decimal? DaysTo(string category) =>
        First(category) is { } e ? decimal.Round((decimal)(e.EnteredAtUtc - StartedAtUtc).TotalDays, 2) : null;

    /// <summary>Splits a timeline into cycles.</summary>
    public static List<FunnelCycle> Split(IReadOnlyList<StageEntry> timeline) =>
        timeline.GroupBy(e => e.Cycle).Select(g => new FunnelCycle { Cycle = g.Key, Entries = g.ToList() }).ToList();
}
