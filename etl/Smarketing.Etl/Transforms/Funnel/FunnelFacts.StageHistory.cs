using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Sla;

namespace Smarketing.Etl.Transforms.Funnel;

public sealed partial class FunnelFacts
{
    /// <summary>The dw.FactStageHistory columns written, in row order.</summary>
    public static IReadOnlyList<string> StageHistoryColumns { get; } =
    [
        "LeadKey", "SequenceNumber", "CycleNumber", "StageKey", "PreviousStageKey", "NextStageKey", "SalesforceOpportunityId", "EnteredAtUtc",
        "ExitedAtUtc", "EnteredDateKey", "ExitedDateKey", "OwnerRepKey", "PersonaKey", "CampaignKey", "DurationHours", "BusinessHours",
        "DaysFromInquiry", "DaysFromOpportunityStart", "IsCurrent", "SourceSystem", "SourceValue", "RecycleReason", "BatchId",
    ];

    private static void WriteStageHistory(IRowWriter writer, TransformContext context, Lookups keys, BusinessCalendars calendars,
        LeadHistory lead, List<StageEntry> timeline, int persona)
    {
        var row = new object?[StageHistoryColumns.Count];
        var opportunityStart = timeline.FirstOrDefault(e => e.OpportunityId is not null)?.EnteredAtUtc;
        var creationTouch = CampaignTouches.LeadCreationTouch(lead);
        foreach (var e in timeline)
        {
            var (repKey, timeZone) = keys.Reps.At(e.OwnerUserId, e.EnteredAtUtc);
            var exited = e.ExitedAtUtc;
            var touch = CampaignTouches.LatestTouchAt(lead, e.EnteredAtUtc) ?? creationTouch;
            row[0] = lead.LeadKey;
            row[1] = e.Sequence;
            row[2] = (short)e.Cycle;
            row[3] = e.Stage.Key;
            row[4] = e.Previous?.Stage.Key;
            row[5] = e.Next?.Stage.Key;
            row[6] = e.OpportunityId;
            row[7] = e.EnteredAtUtc;
            row[8] = exited;
            row[9] = DateKey.From(e.EnteredAtUtc);
            row[10] = exited is null ? null : DateKey.From(exited);
            row[11] = repKey;
            row[12] = persona;
            row[13] = keys.Campaigns[touch?.Text1].Key;
            row[14] = exited is { } x ? Round((decimal)(x - e.EnteredAtUtc).TotalHours) : null;
            row[15] = exited is { } y ? Round(calendars.ForRep(timeZone).BusinessHoursBetween(e.EnteredAtUtc, y)) : null;
            row[16] = Round((decimal)(e.EnteredAtUtc - lead.CreatedAtUtc).TotalDays);
            row[17] = e.Stage.IsOpportunity && opportunityStart is { } o ? Round((decimal)(e.EnteredAtUtc - o).TotalDays) : null;
            row[18] = e.Next is null;
            row[19] = e.SourceSystem;
            row[20] = e.SourceValue is { Length: > 255 } v ? v[..255] : e.SourceValue;
            var reason = e.IsRecycle ? lead.RejectionReasonAt(e.EnteredAtUtc) : null;
            row[21] = reason is { Length: > 255 } r ? r[..255] : reason;
            row[22] = context.BatchId;
            writer.Write(row);
        }
    }

    private static decimal Round(decimal value) => decimal.Round(value, 2);
}
