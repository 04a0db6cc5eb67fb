namespace Smarketing.Generation;

/// <summary>
/// Moves an opportunity through Discovery → Demonstration → Justification → Negotiation → Closed Won, losing deals along
/// the way, now and then skipping a stage or falling back one, with amount changes and slipping close dates. Every change
/// of stage, amount, probability or close date writes an OpportunityHistory row, as Salesforce does.
/// </summary>
internal sealed class OpportunityJourney(GenerationContext context)
{
    /// <summary>Runs the opportunity to its close or to the end of the period and writes its row.</summary>
    /// <param name="churnRate">For renewals: no losses on the way, lost at the end with this chance; null for new business.</param>
    /// <param name="pace">Multiplies the time spent in each stage.</param>
    public OpportunityOutcome Run(OpportunityRecord opportunity, SalesRep owner, string contactId, double winFactor, double? churnRate = null, double pace = 1.0)
    {
        var random = context.Random;
        var salesforce = context.Salesforce;
        var t = opportunity.CreatedUtc;
        opportunity.Touch(t);
        salesforce.WriteOpportunityHistory(opportunity, t);
        var meeting = owner.Calendar.AddWorkingMinutes(t, 480 * random.Between(0.3, 3));
        if (churnRate is null && context.Happened(meeting))
        {
            salesforce.WriteTask(contactId, opportunity.Id, owner, TaskKind.DiscoveryMeeting, meeting);
        }

        var regressed = false;
        var outcome = default(OpportunityOutcome);
        while (true)
        {
            var stage = opportunity.Stage;
            var next = owner.Calendar.AddWorkingMinutes(t.AddDays(random.LogNormal(stage.MedianDays * pace, 0.5)), random.Next(0, 120));
            next = next.AddMilliseconds(random.Next(1000));
            if (!context.Happened(next))
            {
                break;
            }

            t = next;
            var lossRate = churnRate is { } churn ? (stage == OpportunityStage.Negotiation ? churn : 0) : stage.LossRate / winFactor;
            if (random.Chance(lossRate))
            {
                Close(opportunity, OpportunityStage.ClosedLost, t);
                outcome = new(null, t);
                break;
            }

            if (stage == OpportunityStage.Negotiation)
            {
                Close(opportunity, OpportunityStage.ClosedWon, t);
                outcome = new(t, null);
                break;
            }

            opportunity.Stage = NextStage(stage, ref regressed);
            if (opportunity.Stage == OpportunityStage.Demonstration && churnRate is null)
            {
                salesforce.WriteTask(contactId, opportunity.Id, owner, TaskKind.ProductDemo, t);
            }

            if (opportunity.Stage == OpportunityStage.Justification && random.Chance(0.35))
            {
                opportunity.Amount = RoundAmount(opportunity.Amount * (decimal)random.Between(0.85, 1.2));
            }

            if (DateOnly.FromDateTime(t) > opportunity.CloseDate.AddDays(-5))
            {
                opportunity.CloseDate = DateOnly.FromDateTime(t).AddDays(random.Next(14, 45));
            }

            salesforce.WriteOpportunityHistory(opportunity, t);
            opportunity.Touch(t);
        }

        salesforce.WriteOpportunity(opportunity);
        return outcome;
    }

    /// <summary>Deal sizes are quoted in round hundreds.</summary>
    public static decimal RoundAmount(decimal amount) => Math.Max(1000m, Math.Round(amount / 100m) * 100m);

    private OpportunityStage NextStage(OpportunityStage stage, ref bool regressed)
    {
        var random = context.Random;
        var open = OpportunityStage.Open;
        if (!regressed && stage.Order >= 2 && random.Chance(0.07))
        {
            regressed = true;
            return open[stage.Order - 1];
        }

        var step = stage.Order + 2 < open.Count && random.Chance(0.08) ? 2 : 1;
        return open[stage.Order + step];
    }

    private void Close(OpportunityRecord opportunity, OpportunityStage stage, DateTime utc)
    {
        opportunity.Stage = stage;
        opportunity.CloseDate = DateOnly.FromDateTime(utc);
        opportunity.Touch(utc);
        context.Salesforce.WriteOpportunityHistory(opportunity, utc);
    }
}
