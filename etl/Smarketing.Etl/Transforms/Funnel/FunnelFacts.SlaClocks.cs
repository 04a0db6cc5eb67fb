using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Transforms.Sla;

namespace Smarketing.Etl.Transforms.Funnel;

public sealed partial class FunnelFacts
{
    private static void WriteSlaClocks(TypedRowWriter<FactSlaClockRow> writer, TransformContext context, Lookups keys, LeadHistory lead, IEnumerable<SlaClock> clocks, int persona)
    {
        var window = TimeSpan.FromDays(context.Configuration.SlaExceptionWindowDays);
        foreach (var c in clocks)
        {
            writer.Write(new FactSlaClockRow(
                LeadKey: lead.LeadKey,
                SlaRuleKey: keys.SlaRules[c.RuleName],
                StartedAtUtc: c.StartedAtUtc,
                CycleNumber: (short)c.Cycle,
                OwnerRepKey: keys.Reps.At(c.OwnerUserId, c.StartedAtUtc).Key,
                PersonaKey: persona,
                StartedDateKey: DateKey.From(c.StartedAtUtc),
                DueAtUtc: c.DueAtUtc,
                DueDateKey: DateKey.From(c.DueAtUtc),
                ResolvedAtUtc: c.ResolvedAtUtc,
                ResolvedDateKey: c.ResolvedAtUtc is null ? null : DateKey.From(c.ResolvedAtUtc),
                ResolutionStageKey: c.ResolutionStage is null ? null : keys.Stages[c.ResolutionStage].Key,
                Resolution: c.Resolution,
                ElapsedBusinessHours: c.ElapsedBusinessHours,
                TargetBusinessHours: c.TargetBusinessHours,
                HoursOverdue: c.HoursOverdue,
                Status: c.Status,
                IsMet: c.Status == "Met",
                IsBreached: c.Status == "Breached",
                IsOpen: c.Status == "Open",
                IsOpenOverdue: c.IsOpenOverdue,
                IsOnExceptionList: c.IsOnExceptionList(window),
                AsOfUtc: c.ResolvedAtUtc ?? c.AsOfUtc,
                BatchId: context.BatchId));
        }
    }
}
