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
    public StageEntry? First(string category)
    {
        var opportunity = category == "Opportunity";
        foreach (var e in Entries)
        {
            if (opportunity ? e.Stage.IsOpportunity : e.Stage.Category == category)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>Days from the cycle start to the first entry into <paramref name="category"/>, or null.</summary>
    public decimal? DaysTo(string category) =>
        First(category) is { } e ? decimal.Round((decimal)(e.EnteredAtUtc - StartedAtUtc).TotalDays, 2) : null;

    /// <summary>Splits a timeline into cycles.</summary>
    public static List<FunnelCycle> Split(IReadOnlyList<StageEntry> timeline)
    {
        // Cycle numbers only grow along a timeline, so a cycle is a run of entries (what GroupBy would collect, in order).
        var cycles = new List<FunnelCycle>();
        List<StageEntry>? entries = null;
        foreach (var e in timeline)
        {
            if (entries is null || e.Cycle != cycles[^1].Cycle)
            {
                entries = [];
                cycles.Add(new FunnelCycle { Cycle = e.Cycle, Entries = entries });
            }

            entries.Add(e);
        }

        return cycles;
    }
}
