namespace Smarketing.Generation;

/// <summary>
/// A won customer's later years: a renewal opportunity ahead of each anniversary (most renew, some churn and become
/// former customers), and now and then an upgrade in between that grows the contract. Customers keep engaging with marketing
/// (customer webinars, the nurture newsletter, events) between the deals, so renewals and upgrades have touches to attribute.
/// </summary>
internal sealed class CustomerLifecycle(GenerationContext context, OpportunityJourney opportunities)
{
    private static readonly CampaignChannel[] CustomerChannels =
        [CampaignChannel.Webinar, CampaignChannel.Webinar, CampaignChannel.Email, CampaignChannel.TradeShow];

    private readonly CampaignResponses _responses = new(context);

    public void Run(AccountRecord account, SalesRep owner, LeadRecord lead, OpportunityRecord firstDeal, DateTime wonUtc)
    {
        var random = context.Random;
        var person = lead.Person;
        var engagedSince = wonUtc;
        var ids = context.Salesforce.Ids;
        account.Type = "Customer - Direct";
        account.Touch(wonUtc);
        var contract = firstDeal.Amount;
        var anniversary = firstDeal.CloseDate.AddYears(1);
        while (true)
        {
            var renewalOpens = WorkingMoment(owner, anniversary.AddDays(-random.Next(75, 100)));
            if (random.Chance(person.Persona.UpgradeRate))
            {
                var upgradeOpens = WorkingMoment(owner, anniversary.AddDays(-random.Next(150, 250)));
                Engage(lead, engagedSince, upgradeOpens);
                var upgrade = NewOpportunity(account, owner, person, "Existing Customer - Upgrade", upgradeOpens,
                    contract * (decimal)random.Between(0.2, 0.5), "Upgrade", OpportunityStage.Discovery);
                if (upgrade is not null && opportunities.Run(upgrade, owner, account.ContactId, person.Persona.WinFactor * 1.3).WonUtc is { } upgraded
                    && upgraded < renewalOpens)
                {
                    contract += upgrade.Amount;
                }
            }

            Engage(lead, engagedSince, renewalOpens);
            engagedSince = renewalOpens;
            var renewal = NewOpportunity(account, owner, person, "Existing Customer - Renewal", renewalOpens,
                contract * (decimal)random.Between(1.0, 1.08), "Renewal", OpportunityStage.Justification, anniversary);
            if (renewal is null)
            {
                return;
            }

            var outcome = opportunities.Run(renewal, owner, account.ContactId, 1.0, churnRate: person.Persona.ChurnRate, pace: 2.4);
            if (outcome.LostUtc is { } churned)
            {
                account.Type = "Former Customer";
                account.Touch(churned);
                return;
            }

            if (outcome.WonUtc is null)
            {
                return;
            }

            contract = renewal.Amount;
            anniversary = anniversary.AddYears(1);
        }
    }

    /// <summary>Between <paramref name="fromUtc"/> and <paramref name="untilUtc"/>, usually one or two responses of the customer
    /// to a webinar, the nurture e-mails or an event running then (a quarter of customers stay quiet).</summary>
    private void Engage(LeadRecord lead, DateTime fromUtc, DateTime untilUtc)
    {
        var random = context.Random;
        var days = (int)(untilUtc - fromUtc).TotalDays - 14;
        for (var n = random.Chance(0.25) ? 0 : random.Next(1, 3); n > 0 && days > 0; n--)
        {
            var at = fromUtc.AddDays(7 + random.Next(days)).AddMinutes(random.Next(0, 600));
            if (!context.Happened(at))
            {
                continue;
            }

            if (context.Campaigns.Running(random.Pick(CustomerChannels), DateOnly.FromDateTime(at)) is { } campaign)
            {
                _responses.Respond(lead, campaign, at);
            }
        }
    }

    private OpportunityRecord? NewOpportunity(AccountRecord account, SalesRep owner, Prospect person, string type, DateTime opens, decimal amount,
        string label, OpportunityStage stage, DateOnly? closeDate = null)
    {
        if (!context.Happened(opens))
        {
            return null;
        }

        return new OpportunityRecord
        {
            Id = context.Salesforce.Ids.Opportunities.Next(), AccountId = account.Id, OwnerId = owner.Id, CreatedUtc = opens, ModifiedUtc = opens,
            ExtractCutoffUtc = context.Extract.CutoffUtc,
            Name = person.Company + " - " + label + " " + opens.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = type,
            Stage = stage, Amount = OpportunityJourney.RoundAmount(amount), CloseDate = closeDate ?? DateOnly.FromDateTime(opens).AddDays(context.Random.Next(45, 90)),
        };
    }

    private DateTime WorkingMoment(SalesRep owner, DateOnly day) =>
        owner.Calendar.AddWorkingMinutes(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), context.Random.Next(0, 480)).AddMilliseconds(context.Random.Next(1000));
}
