using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Sla;

namespace Smarketing.Etl.Transforms.Funnel;

public sealed partial class FunnelFacts
{
    /// <summary>The dw.FactSlaClock columns written, in row order.</summary>
    public static IReadOnlyList<string> SlaClockColumns { get; } =
    [
        "LeadKey", "SlaRuleKey", "StartedAtUtc", "CycleNumber", "OwnerRepKey", "PersonaKey", "StartedDateKey", "DueAtUtc", "DueDateKey",
        "ResolvedAtUtc", "ResolvedDateKey", "ResolutionStageKey", "Resolution", "ElapsedBusinessHours", "TargetBusinessHours", "HoursOverdue",
        "Status", "IsMet", "IsBreached", "IsOpen", "IsOpenOverdue", "IsOnExceptionList", "AsOfUtc", "BatchId",
    ];

    private static void WriteSlaClocks(IRowWriter writer, TransformContext context, Lookups keys, LeadHistory lead, IEnumerable<SlaClock> clocks, int persona)
    {
        var window = TimeSpan.FromDays(context.Configuration.SlaExceptionWindowDays);
        var row = new object?[SlaClockColumns.Count];
        foreach (var c in clocks)
        {
            row[0] = lead.LeadKey;
            row[1] = keys.SlaRules[c.RuleName];
            row[2] = c.StartedAtUtc;
            row[3] = (short)c.Cycle;
            row[4] = keys.Reps.At(c.OwnerUserId, c.StartedAtUtc).Key;
            row[5] = persona;
            row[6] = DateKey.From(c.StartedAtUtc);
            row[7] = c.DueAtUtc;
            row[8] = DateKey.From(c.DueAtUtc);
            row[9] = c.ResolvedAtUtc;
            row[10] = c.ResolvedAtUtc is null ? null : DateKey.From(c.ResolvedAtUtc);
            row[11] = c.ResolutionStage is null ? null : keys.Stages[c.ResolutionStage].Key;
            row[12] = c.Resolution;
            row[13] = c.ElapsedBusinessHours;
            row[14] = c.TargetBusinessHours;
            row[15] = c.HoursOverdue;
            row[16] = c.Status;
            row[17] = c.Status == "Met";
            row[18] = c.Status == "Breached";
            row[19] = c.Status == "Open";
            row[20] = c.IsOpenOverdue;
            row[21] = c.IsOnExceptionList(window);
            row[22] = c.ResolvedAtUtc ?? c.AsOfUtc;
            row[23] = context.BatchId;
            writer.Write(row);
        }
    }
}
