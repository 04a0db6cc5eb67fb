using System.Globalization;
using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Funnel;

public sealed partial class FunnelFacts
{
    private static void WriteLeadFunnel(TypedRowWriter<FactLeadFunnelRow> writer, TransformContext context, Lookups keys, LeadHistory lead,
        List<StageEntry> timeline, int persona)
    {
        var firstTouch = keys.Campaigns[CampaignTouches.FirstTouch(lead)?.Text1];
        var creationTouch = keys.Campaigns[CampaignTouches.LeadCreationTouch(lead)?.Text1];
        var channel = creationTouch.Channel ?? (string.IsNullOrWhiteSpace(lead.LeadSource) ? "Unknown" : lead.LeadSource);
        var cycles = FunnelCycle.Split(timeline);
        foreach (var cycle in cycles)
        {
            var handoff = cycle.First("Handoff");
            var owner = handoff?.OwnerUserId ?? cycle.Entries[0].OwnerUserId;
            var score = handoff is null ? null : ScoreAt(lead, handoff.EnteredAtUtc);
            var opportunity = cycle.First("Opportunity");
            var won = cycle.First("Won");
            int? Reached(string milestone) => cycle.First(milestone) is { } e ? DateKey.From(e.EnteredAtUtc) : null;
            writer.Write(new FactLeadFunnelRow(
                LeadKey: lead.LeadKey,
                CycleNumber: (short)cycle.Cycle,
                PersonaKey: persona,
                OwnerRepKey: keys.Reps.At(owner, (handoff ?? cycle.Entries[0]).EnteredAtUtc).Key,
                FirstTouchCampaignKey: firstTouch.Key,
                LeadCreationCampaignKey: creationTouch.Key,
                CurrentStageKey: cycle.Entries[^1].Stage.Key,
                Channel: channel,
                SalesforceOpportunityId: cycle.Entries.FirstOrDefault(e => e.OpportunityId is not null)?.OpportunityId,
                InquiryDateKey: DateKey.From(cycle.StartedAtUtc),
                MqlDateKey: Reached("MQL"),
                HandoffDateKey: Reached("Handoff"),
                SalDateKey: Reached("SAL"),
                SqlDateKey: Reached("SQL"),
                OpportunityDateKey: Reached("Opportunity"),
                WonDateKey: Reached("Won"),
                LostDateKey: Reached("Lost"),
                RecycledDateKey: Reached("Recycled"),
                DisqualifiedDateKey: Reached("Disqualified"),
                DaysInquiryToMql: cycle.DaysTo("MQL"),
                DaysInquiryToHandoff: cycle.DaysTo("Handoff"),
                DaysInquiryToSal: cycle.DaysTo("SAL"),
                DaysInquiryToSql: cycle.DaysTo("SQL"),
                DaysInquiryToOpportunity: cycle.DaysTo("Opportunity"),
                DaysInquiryToWon: cycle.DaysTo("Won"),
                DaysOpportunityToWon: opportunity is not null && won is not null
                    ? Round((decimal)(won.EnteredAtUtc - opportunity.EnteredAtUtc).TotalDays) : null,
                ScoreAtHandoff: score,
                ScoreBand: score is { } s ? Band(context, s) : null,
                IsCurrentCycle: cycle == cycles[^1],
                BatchId: context.BatchId));
        }
    }

    /// <summary>The lead score at an instant: the "New Value" of the last Marketo Change Score (22) at or before it. Events
    /// are in time order, so the search walks back from the instant and parses one activity's attributes, not every
    /// earlier one.</summary>
    internal static int? ScoreAt(LeadHistory lead, DateTime atUtc)
    {
        var events = lead.Events;
        var end = 0;
        while (end < events.Count && events[end].At <= atUtc)
        {
            end++;
        }

        for (var i = end - 1; i >= 0; i--)
        {
            var e = events[i];
            if (e.Kind == LeadEventKind.MarketoActivity && e.Text2 == "22" && NewValue(e.Text1) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static int? NewValue(string? attributes) =>
        decimal.TryParse(ActivityAttributes.Text(attributes, "New Value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? (int)decimal.Round(d)
            : null;

    private static string? Band(TransformContext context, int score) =>
        context.Configuration.ScoreBands.LastOrDefault(b => score >= b.MinScore)?.Name;
}
