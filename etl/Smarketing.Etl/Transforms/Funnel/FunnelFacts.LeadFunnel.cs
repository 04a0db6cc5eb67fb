using System.Globalization;
using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Funnel;

public sealed partial class FunnelFacts
{
    /// <summary>The dw.FactLeadFunnel columns written, in row order.</summary>
    public static IReadOnlyList<string> LeadFunnelColumns { get; } =
    [
        "LeadKey", "CycleNumber", "PersonaKey", "OwnerRepKey", "FirstTouchCampaignKey", "LeadCreationCampaignKey", "CurrentStageKey", "Channel",
        "SalesforceOpportunityId", "InquiryDateKey", "MqlDateKey", "HandoffDateKey", "SalDateKey", "SqlDateKey", "OpportunityDateKey", "WonDateKey",
        "LostDateKey", "RecycledDateKey", "DisqualifiedDateKey", "DaysInquiryToMql", "DaysInquiryToHandoff", "DaysInquiryToSal", "DaysInquiryToSql",
        "DaysInquiryToOpportunity", "DaysInquiryToWon", "DaysOpportunityToWon", "ScoreAtHandoff", "ScoreBand", "IsCurrentCycle", "BatchId",
    ];

    private static readonly string[] Milestones = ["Inquiry", "MQL", "Handoff", "SAL", "SQL", "Opportunity", "Won", "Lost", "Recycled", "Disqualified"];

    private static void WriteLeadFunnel(IRowWriter writer, TransformContext context, Lookups keys, LeadHistory lead, List<StageEntry> timeline, int persona)
    {
        var firstTouch = keys.Campaigns[CampaignTouches.FirstTouch(lead)?.Text1];
        var creationTouch = keys.Campaigns[CampaignTouches.LeadCreationTouch(lead)?.Text1];
        var channel = creationTouch.Channel ?? (string.IsNullOrWhiteSpace(lead.LeadSource) ? "Unknown" : lead.LeadSource);
        var cycles = FunnelCycle.Split(timeline);
        var row = new object?[LeadFunnelColumns.Count];
        foreach (var cycle in cycles)
        {
            var handoff = cycle.First("Handoff");
            var owner = handoff?.OwnerUserId ?? cycle.Entries[0].OwnerUserId;
            var score = handoff is null ? null : ScoreAt(lead, handoff.EnteredAtUtc);
            var opportunity = cycle.First("Opportunity");
            var won = cycle.First("Won");
            var i = 0;
            row[i++] = lead.LeadKey;
            row[i++] = (short)cycle.Cycle;
            row[i++] = persona;
            row[i++] = keys.Reps.At(owner, (handoff ?? cycle.Entries[0]).EnteredAtUtc).Key;
            row[i++] = firstTouch.Key;
            row[i++] = creationTouch.Key;
            row[i++] = cycle.Entries[^1].Stage.Key;
            row[i++] = channel;
            row[i++] = cycle.Entries.FirstOrDefault(e => e.OpportunityId is not null)?.OpportunityId;
            row[i++] = DateKey.From(cycle.StartedAtUtc);
            foreach (var milestone in Milestones.Skip(1))
            {
                row[i++] = cycle.First(milestone) is { } e ? DateKey.From(e.EnteredAtUtc) : null;
            }

            foreach (var milestone in new[] { "MQL", "Handoff", "SAL", "SQL", "Opportunity", "Won" })
            {
                row[i++] = cycle.DaysTo(milestone);
            }

            row[i++] = opportunity is not null && won is not null ? Round((decimal)(won.EnteredAtUtc - opportunity.EnteredAtUtc).TotalDays) : null;
            row[i++] = score;
            row[i++] = score is { } s ? Band(context, s) : null;
            row[i++] = cycle == cycles[^1];
            row[i] = context.BatchId;
            writer.Write(row);
        }
    }

    /// <summary>The lead score at an instant: the "New Value" of the last Marketo Change Score (22) at or before it.</summary>
    internal static int? ScoreAt(LeadHistory lead, DateTime atUtc)
    {
        int? score = null;
        foreach (var e in lead.Events)
        {
            if (e.At > atUtc)
            {
                break;
            }

            if (e.Kind == LeadEventKind.MarketoActivity && e.Text2 == "22" && NewValue(e.Text1) is { } value)
            {
                score = value;
            }
        }

        return score;
    }

    private static int? NewValue(string? attributes) =>
        decimal.TryParse(ActivityAttributes.Text(attributes, "New Value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? (int)decimal.Round(d)
            : null;

    private static string? Band(TransformContext context, int score) =>
        context.Configuration.ScoreBands.LastOrDefault(b => score >= b.MinScore)?.Name;
}
