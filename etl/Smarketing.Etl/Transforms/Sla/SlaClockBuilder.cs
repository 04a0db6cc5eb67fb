using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms.Funnel;

namespace Smarketing.Etl.Transforms.Sla;

/// <summary>Starts a clock for every entry into a rule's start stage and stops it at the first later entry into a stop stage (or,
/// for speed to lead, at the owner's first sales Task). With <see cref="SlaRuleDefinition.StopAtLaterStagesOf"/>, an entry into any
/// later stage of that team stops it too. Time counts only in the calendar of the lead owner at the start (or the rule's named
/// calendar). Events after the as-of instant are not yet known: such clocks are open. A speed-to-lead clock whose lead leaves the
/// cycle (recycled, or a terminal stage: disqualified, won, lost) before any touch by the owner is resolved there as "No touch" and
/// counts as breached.</summary>
public sealed class SlaClockBuilder(IReadOnlyList<SlaRuleDefinition> rules, BusinessCalendars calendars, Func<string?, DateTime, string?> ownerTimeZone, DateTime asOfUtc)
{
    /// <summary>All clocks of one lead's timeline.</summary>
    public IEnumerable<SlaClock> Build(IReadOnlyList<StageEntry> timeline, IReadOnlyList<LeadEvent> events)
    {
        foreach (var rule in rules)
        {
            for (var i = 0; i < timeline.Count; i++)
            {
                var start = timeline[i];
                if (start.Stage.Name != rule.StartStage || start.EnteredAtUtc > asOfUtc)
                {
                    continue;
                }

                var calendar = rule.Calendar == SlaRuleDefinition.OwnerCalendar
                    ? calendars.ForRep(ownerTimeZone(start.OwnerUserId, start.EnteredAtUtc))
                    : calendars[rule.Calendar];
                var (resolvedAt, stage, resolution) = Stop(rule, timeline, i, events);
                if (resolvedAt > asOfUtc)
                {
                    (resolvedAt, stage, resolution) = (null, null, null);
                }

                var elapsed = calendar.BusinessHoursBetween(start.EnteredAtUtc, resolvedAt ?? asOfUtc);
                yield return new SlaClock(rule.Name, start.Cycle, start.EnteredAtUtc, calendar.AddBusinessHours(start.EnteredAtUtc, rule.TargetBusinessHours),
                    start.OwnerUserId, resolvedAt, stage, resolution, decimal.Round(elapsed, 2), rule.TargetBusinessHours, asOfUtc, resolution == NoTouch);
            }
        }
    }

    private static (DateTime? At, string? Stage, string? Resolution) Stop(SlaRuleDefinition rule, IReadOnlyList<StageEntry> timeline, int startIndex, IReadOnlyList<LeadEvent> events)
    {
        var start = timeline[startIndex];
        if (rule.StopEvent == SlaRuleDefinition.FirstSalesTouch)
        {
            var cycleEnd = timeline.Skip(startIndex + 1).FirstOrDefault(e => e.Stage.IsRecycled || e.Stage.IsTerminal);
            var touch = events.FirstOrDefault(e => e.Kind == LeadEventKind.SalesTouch && e.At >= start.EnteredAtUtc && e.Text1 == start.OwnerUserId
                && (cycleEnd is null || e.At < cycleEnd.EnteredAtUtc));
            return touch.Kind == LeadEventKind.SalesTouch ? (touch.At, null, "First touch")
                : cycleEnd is not null ? (cycleEnd.EnteredAtUtc, cycleEnd.Stage.Name, NoTouch)
                : (null, null, null);
        }

        for (var j = startIndex + 1; j < timeline.Count; j++)
        {
            var stage = timeline[j].Stage;
            if (rule.StopStages.Contains(stage.Name) || IsLaterStageOf(rule.StopAtLaterStagesOf, start.Stage, stage))
            {
                return (timeline[j].EnteredAtUtc, timeline[j].Stage.Name, ResolutionOf(timeline[j].Stage));
            }
        }

        return (null, null, null);
    }

    /// <summary>True when <paramref name="entered"/> belongs to <paramref name="team"/> and comes after the start stage in funnel
    /// order (e.g. SQL or an opportunity stage after a Handoff): the lead was answered though no stop stage was entered.</summary>
    private static bool IsLaterStageOf(string? team, StageInfo start, StageInfo entered) =>
        team is not null && entered.OwnerTeam == team && entered.SortOrder > start.SortOrder;

    /// <summary>Resolution of a speed-to-lead clock whose lead left the cycle untouched.</summary>
    public const string NoTouch = "No touch";

    /// <summary>How a stop stage resolves a clock, in the managers' words.</summary>
    public static string ResolutionOf(StageInfo stage) => stage.Category switch
    {
        "SAL" => "Accepted",
        "Recycled" => "Rejected and recycled",
        "Disqualified" => "Disqualified",
        "SQL" => "Qualified",
        "Opportunity" => "Converted",
        _ => stage.Name,
    };
}
