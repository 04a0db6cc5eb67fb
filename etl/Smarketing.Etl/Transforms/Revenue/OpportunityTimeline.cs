using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms.Funnel;

namespace Smarketing.Etl.Transforms.Revenue;

/// <summary>An opportunity's stages over time, read from its history: first entry per stage, when it closed, and its state
/// (stage, amount, close date, probability) at any instant — what the accumulating and the weekly snapshot facts need.</summary>
public sealed class OpportunityTimeline
{
    private readonly List<(DateTime At, StageInfo Stage, OpportunityHistoryRow Row)> states = [];

    /// <summary>Builds the timeline; history rows whose stage maps to null are amount/date changes in the current stage.</summary>
    public OpportunityTimeline(OpportunityRecord opportunity, StageCatalog stages, FunnelConfiguration configuration)
    {
        Opportunity = opportunity;
        var rows = opportunity.History.Count > 0
            ? opportunity.History
            : [new OpportunityHistoryRow(opportunity.CreatedAtUtc, opportunity.StageName, opportunity.Amount, opportunity.CloseDate, opportunity.Probability, opportunity.ForecastCategory)];
        StageInfo? stage = null;
        foreach (var row in rows)
        {
            stage = Map(row.StageName, stages, configuration) ?? stage ?? stages.Unmapped;
            states.Add((row.AtUtc, stage, row));
            if (!FirstEntry.ContainsKey(stage.Name))
            {
                FirstEntry[stage.Name] = row.AtUtc;
            }
        }

        Current = Map(opportunity.StageName, stages, configuration) ?? stage ?? stages.Unmapped;
        if (opportunity.IsClosed)
        {
            var closing = states.LastOrDefault(s => s.Stage.IsTerminal);
            ClosedAtUtc = closing.Stage is not null ? closing.At
                : opportunity.CloseDate?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? states[^1].At;
        }
    }

    /// <summary>The opportunity.</summary>
    public OpportunityRecord Opportunity { get; }

    /// <summary>The stage the opportunity is in now (Opportunity.StageName).</summary>
    public StageInfo Current { get; }

    /// <summary>First entry into each stage, by stage name.</summary>
    public Dictionary<string, DateTime> FirstEntry { get; } = new(StringComparer.Ordinal);

    /// <summary>When it was closed (the history row that entered the terminal stage, else the close date); null while open.</summary>
    public DateTime? ClosedAtUtc { get; }

    /// <summary>True when it entered <paramref name="bidStage"/> or a later open or won stage.</summary>
    public bool Reached(StageInfo? bidStage) =>
        bidStage is not null && states.Any(s => s.Stage.Category is "Opportunity" or "Won" && s.Stage.SortOrder >= bidStage.SortOrder);

    /// <summary>The state in force just before <paramref name="atUtc"/>: null when not yet created or already closed then.</summary>
    public (StageInfo Stage, OpportunityHistoryRow Row, DateTime StageEnteredAt)? OpenAt(DateTime atUtc)
    {
        if (Opportunity.CreatedAtUtc >= atUtc || Opportunity.IsDeleted || (ClosedAtUtc is { } closed && closed < atUtc))
        {
            return null;
        }

        var index = states.FindLastIndex(s => s.At < atUtc);
        index = Math.Max(index, 0);
        var (_, stage, row) = states[index];
        if (stage.IsTerminal)
        {
            return null;
        }

        var entered = index;
        while (entered > 0 && states[entered - 1].Stage.Name == stage.Name)
        {
            entered--;
        }

        return (stage, row, states[entered].At);
    }

    private static StageInfo? Map(string? value, StageCatalog stages, FunnelConfiguration configuration)
    {
        if (value is null)
        {
            return null;
        }

        if (!configuration.Mappings.OpportunityStage.TryGetValue(value, out var name))
        {
            return stages.Unmapped;
        }

        return name is null ? null : stages[name];
    }
}
