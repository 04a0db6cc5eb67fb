namespace Smarketing.Generation;

/// <summary>
/// Converts a sales-qualified lead: an Account, a Contact and a New Customer opportunity owned by an account executive,
/// the lead marked converted with their ids; then the opportunity and, if won, the customer's renewals run their course.
/// </summary>
internal sealed class LeadConversion(GenerationContext context, LeadStageRecorder stages, OpportunityJourney opportunities, CustomerLifecycle customers)
{
    public void Convert(LeadRecord lead, SalesRep sdr, DateTime utc)
    {
        var random = context.Random;
        var person = lead.Person;
        var ids = context.Salesforce.Ids;
        var ae = context.Roster.PickAccountExecutive(random, utc, person.Emea);
        var account = new AccountRecord
        {
            Id = ids.Accounts.Next(), ContactId = ids.Contacts.Next(), OwnerId = ae.Id, CreatedUtc = utc, ModifiedUtc = utc, ExtractCutoffUtc = context.Extract.CutoffUtc,
        };
        account.Touch(utc);
        var persona = person.Persona;
        var size = Math.Clamp(Math.Pow(person.Employees / 500.0, 0.35), 0.4, 3.5);
        var opportunity = new OpportunityRecord
        {
            Id = ids.Opportunities.Next(), AccountId = account.Id, Name = person.Company + " - New Business", Type = "New Customer",
            LeadSource = lead.FirstTouch.Channel.LeadSource, CampaignId = lead.LastResponse.Id, OwnerId = ae.Id, CreatedUtc = utc,
            Stage = OpportunityStage.Discovery, Amount = OpportunityJourney.RoundAmount(persona.MedianDeal * (decimal)(size * random.LogNormal(1, 0.35))),
            CloseDate = DateOnly.FromDateTime(utc).AddDays(random.Next(45, 120)), ModifiedUtc = utc, ExtractCutoffUtc = context.Extract.CutoffUtc,
        };

        lead.IsConverted = true;
        lead.ConvertedDate = sdr.Calendar.LocalDate(utc);
        lead.ConvertedAccountId = account.Id;
        lead.ConvertedContactId = account.ContactId;
        lead.ConvertedOpportunityId = opportunity.Id;
        stages.ChangeStatus(lead, LeadStatus.Converted, utc, sdr.Id);
        foreach (var member in lead.Memberships)
        {
            member.Touch(utc, lead);
        }

        var synced = context.Shortly(utc, 30, 600);
        if (context.Happened(synced))
        {
            var marketo = context.Marketo;
            marketo.WriteActivity(lead, synced, MarketoActivityType.ConvertLead, null, null, null,
                marketo.Attributes.Begin().Add("Converted Status", LeadStatus.Converted).Add("Account Id", account.Id)
                    .Add("Contact Id", account.ContactId).Add("Opportunity Id", opportunity.Id).End());
        }

        context.Salesforce.WriteContact(account, lead);
        var result = opportunities.Run(opportunity, ae, account.ContactId, persona.WinFactor);
        var domain = person.Email[(person.Email.IndexOf('@', StringComparison.Ordinal) + 1)..];
        context.BuyingGroups?.Remember(new BuyingGroupDeal(opportunity.Id, account.Id, ae.Id, account.ContactId,
            BuyingRole.Of(persona, person.Title), person.Company, domain, opportunity.Amount, opportunity.CreatedUtc, result));
        if (result.WonUtc is { } won)
        {
            customers.Run(account, ae, lead, opportunity, won);
        }

        context.Salesforce.WriteAccount(account, person);
    }
}
