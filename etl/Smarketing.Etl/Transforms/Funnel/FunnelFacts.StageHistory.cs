using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Transforms.Sla;

namespace Smarketing.Etl.Transforms.Funnel;

public sealed partial class FunnelFacts
{
    private static void WriteStageHistory(TypedRowWriter<FactStageHistoryRow> writer, TransformContext context, Lookups keys, BusinessCalendars calendars,
        LeadHistory lead, List<StageEntry> timeline, int persona)
    {
        var opportunityStart = timeline.FirstOrDefault(e => e.OpportunityId is not null)?.EnteredAtUtc;
        var creationTouch = CampaignTouches.LeadCreationTouch(lead);
        foreach (var e in timeline)
        {
            var (repKey, timeZone) = keys.Reps.At(e.OwnerUserId, e.EnteredAtUtc);
            var exited = e.ExitedAtUtc;
            var touch = CampaignTouches.LatestTouchAt(lead, e.EnteredAtUtc) ?? creationTouch;
            var reason = e.IsRecycle ? lead.RejectionReasonAt(e.EnteredAtUtc) : null;
            writer.Write(new FactStageHistoryRow(
                LeadKey: lead.LeadKey,
                SequenceNumber: e.Sequence,
                CycleNumber: (short)e.Cycle,
                StageKey: e.Stage.Key,
                PreviousStageKey: e.Previous?.Stage.Key,
                NextStageKey: e.Next?.Stage.Key,
                SalesforceOpportunityId: e.OpportunityId,
                EnteredAtUtc: e.EnteredAtUtc,
                ExitedAtUtc: exited,
                EnteredDateKey: DateKey.From(e.EnteredAtUtc),
                ExitedDateKey: exited is null ? null : DateKey.From(exited),
                OwnerRepKey: repKey,
                PersonaKey: persona,
                CampaignKey: keys.Campaigns[touch?.Text1].Key,
                DurationHours: exited is { } x ? Round((decimal)(x - e.EnteredAtUtc).TotalHours) : null,
                BusinessHours: exited is { } y ? Round(calendars.ForRep(timeZone).BusinessHoursBetween(e.EnteredAtUtc, y)) : null,
                DaysFromInquiry: Round((decimal)(e.EnteredAtUtc - lead.CreatedAtUtc).TotalDays),
                DaysFromOpportunityStart: e.Stage.IsOpportunity && opportunityStart is { } o ? Round((decimal)(e.EnteredAtUtc - o).TotalDays) : null,
                IsCurrent: e.Next is null,
                SourceSystem: e.SourceSystem,
                SourceValue: e.SourceValue is { Length: > 255 } v ? v[..255] : e.SourceValue,
                RecycleReason: reason is { Length: > 255 } r ? r[..255] : reason,
                BatchId: context.BatchId));
        }
    }

    private static decimal Round(decimal value) => decimal.Round(value, 2);
}
