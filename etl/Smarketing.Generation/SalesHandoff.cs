namespace Smarketing.Generation;

/// <summary>
/// One funnel cycle on the sales side: MQL, routing to an SDR (half of the enterprise leads to an account executive; at any
/// hour), the first touch, accept or reject within the
/// rep's working time, qualification, and conversion; rejected leads go back to marketing, never dropped.
/// </summary>
internal sealed class SalesHandoff(GenerationContext context, LeadStageRecorder stages, LeadScorer scorer, LeadConversion conversion)
{
    private static readonly string[] RejectReasons = ["Not ready", "No budget", "Bad timing", "Wrong contact", "Not ready"];
    private static readonly string[] DisqualifyReasons = ["Student", "Competitor", "Invalid contact info", "Not a fit"];
    private static readonly string[] StallReasons = ["No response", "Bad timing", "No budget"];

    public HandoffOutcome Run(LeadRecord lead, DateTime qualifiedUtc)
    {
        var random = context.Random;
        var integration = context.Roster.IntegrationUser.Id;
        var mql = context.Shortly(qualifiedUtc, 30, 240);
        if (!context.Happened(mql))
        {
            return HandoffOutcome.Finished;
        }

        stages.ChangeStatus(lead, LeadStatus.MarketingQualified, mql, integration, decidedInMarketo: true);
        var handoff = context.Shortly(mql, 60, 1500);
        if (!context.Happened(handoff))
        {
            return HandoffOutcome.Finished;
        }

        // Named-account routing: half of the enterprise leads go straight to an account executive, who works them like an SDR.
        var sdr = lead.Person.Employees >= 1000 && random.Chance(0.5)
            ? context.Roster.PickAccountExecutive(random, handoff, lead.Person.Emea)
            : context.Roster.PickSdr(random, handoff, lead.Person.Emea);
        stages.ChangeOwner(lead, sdr, handoff, integration);
        stages.ChangeStatus(lead, LeadStatus.SentToSales, handoff, integration);
        if (random.Chance(0.85))
        {
            Touch(lead, sdr, sdr.Calendar.AddWorkingMinutes(handoff, random.LogNormal(sdr.MedianDecisionMinutes * 0.6, 1.0)), first: true);
        }

        var slip = random.Chance(0.06) ? random.Between(3, 8) : 1.0;
        var decided = Jitter(sdr.Calendar.AddWorkingMinutes(handoff, random.LogNormal(sdr.MedianDecisionMinutes, 0.9) * slip));
        if (!context.Happened(decided))
        {
            return HandoffOutcome.Finished;
        }

        var persona = lead.Person.Persona;
        var roll = random.NextDouble();
        if (roll < persona.DisqualifyRate)
        {
            return Disqualify(lead, sdr, decided);
        }

        if (roll > persona.DisqualifyRate + ((1 - persona.DisqualifyRate) * Math.Min(0.97, persona.AcceptRate * sdr.AcceptanceBias)))
        {
            return Recycle(lead, sdr, decided, random.Pick(RejectReasons));
        }

        stages.ChangeStatus(lead, LeadStatus.SalesAccepted, decided, sdr.Id);
        return Work(lead, sdr, decided);
    }

    /// <summary>After acceptance: follow-ups, then qualified (and usually converted), recycled, or disqualified.</summary>
    private HandoffOutcome Work(LeadRecord lead, SalesRep sdr, DateTime accepted)
    {
        var random = context.Random;
        var touch = accepted;
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            touch = sdr.Calendar.AddWorkingMinutes(touch, 480 * random.Between(0.3, 2.5));
            Touch(lead, sdr, touch, first: false);
        }

        var outcome = Jitter(sdr.Calendar.AddWorkingMinutes(accepted, 480 * random.LogNormal(4, 0.6)));
        if (!context.Happened(outcome))
        {
            return HandoffOutcome.Finished;
        }

        var roll = random.NextDouble();
        if (roll < 0.08)
        {
            return Disqualify(lead, sdr, outcome);
        }

        if (roll > 0.08 + (0.92 * lead.Person.Persona.QualifyRate))
        {
            return Recycle(lead, sdr, outcome, random.Pick(StallReasons));
        }

        stages.ChangeStatus(lead, LeadStatus.SalesQualified, outcome, sdr.Id);
        var convert = Jitter(sdr.Calendar.AddWorkingMinutes(outcome, 480 * random.Between(0.1, 3)));
        if (!context.Happened(convert))
        {
            return HandoffOutcome.Finished;
        }

        if (random.Chance(0.12))
        {
            return Recycle(lead, sdr, convert, "Bad timing");
        }

        conversion.Convert(lead, sdr, convert);
        return HandoffOutcome.Finished;
    }

    private HandoffOutcome Recycle(LeadRecord lead, SalesRep sdr, DateTime utc, string reason)
    {
        stages.ChangeRejectionReason(lead, reason, utc, sdr.Id);
        stages.ChangeStatus(lead, LeadStatus.RecycledNurture, utc, sdr.Id);
        var back = context.Shortly(utc, 1, 60);
        if (!context.Happened(back))
        {
            return HandoffOutcome.Finished;
        }

        stages.ChangeOwner(lead, context.Roster.PickMarketingOwner(context.Random), back, context.Roster.IntegrationUser.Id);
        scorer.Reset(lead, 20, context.Shortly(back, 420, 900), "Recycled to nurture");
        return new HandoffOutcome(back);
    }

    private HandoffOutcome Disqualify(LeadRecord lead, SalesRep sdr, DateTime utc)
    {
        stages.ChangeRejectionReason(lead, context.Random.Pick(DisqualifyReasons), utc, sdr.Id);
        stages.ChangeStatus(lead, LeadStatus.Disqualified, utc, sdr.Id);
        return HandoffOutcome.Finished;
    }

    private void Touch(LeadRecord lead, SalesRep sdr, DateTime utc, bool first)
    {
        utc = Jitter(utc);
        if (context.Happened(utc))
        {
            var call = context.Random.Chance(0.6);
            var kind = first ? (call ? TaskKind.FirstCall : TaskKind.IntroEmail) : (call ? TaskKind.FollowUpCall : TaskKind.FollowUpEmail);
            context.Salesforce.WriteTask(lead.Id, null, sdr, kind, utc);
        }
    }

    private DateTime Jitter(DateTime utc) => utc.AddMilliseconds(context.Random.Next(1000));
}
