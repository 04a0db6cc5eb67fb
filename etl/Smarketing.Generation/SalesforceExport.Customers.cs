namespace Smarketing.Generation;

/// <summary>Account, Contact, Opportunity and OpportunityHistory rows.</summary>
internal sealed partial class SalesforceExport
{
    public void WriteAccount(AccountRecord account, Prospect person)
    {
        if (account.Extracted is not { } state || !window.Includes(account.CreatedUtc, state.ModifiedUtc))
        {
            return;
        }

        var w = files.Accounts;
        w.Write(account.Id);
        w.Write(person.Company);
        w.Write(person.Industry);
        w.WriteMoney(person.Employees * RevenuePerEmployee(person));
        w.Write(person.Employees);
        w.Write(person.Country);
        w.Write(state.Type);
        w.Write(account.OwnerId);
        w.WriteNull();
        w.WriteSalesforceDateTime(account.CreatedUtc);
        w.WriteSalesforceDateTime(state.ModifiedUtc);
        w.Write(false);
        w.EndRow();
    }

    public void WriteContact(AccountRecord account, LeadRecord lead)
    {
        if (!window.Includes(account.CreatedUtc))
        {
            return;
        }

        var p = lead.Person;
        var w = files.Contacts;
        w.Write(account.ContactId);
        w.Write(account.Id);
        w.Write(p.FirstName);
        w.Write(p.LastName);
        w.Write(p.Email);
        w.Write(p.Title);
        w.Write(p.Department);
        w.Write(lead.FirstTouch.Channel.LeadSource);
        w.Write(account.OwnerId);
        w.WriteNull();
        w.WriteSalesforceDateTime(account.CreatedUtc);
        w.WriteSalesforceDateTime(account.CreatedUtc);
        w.Write(false);
        w.EndRow();
    }

    public void WriteOpportunity(OpportunityRecord opportunity)
    {
        if (opportunity.Extracted is not { } state || !window.Includes(opportunity.CreatedUtc, state.ModifiedUtc))
        {
            return;
        }

        var stage = state.Stage;
        var w = files.Opportunities;
        w.Write(opportunity.Id);
        w.Write(opportunity.AccountId);
        w.Write(opportunity.Name);
        w.Write(stage.Name);
        w.WriteMoney(state.Amount);
        w.Write("USD");
        w.Write(stage.Probability);
        w.WriteDate(state.CloseDate);
        w.Write(opportunity.Type);
        w.Write(opportunity.LeadSource);
        w.Write(opportunity.CampaignId);
        w.Write(opportunity.OwnerId);
        w.Write(stage.IsClosed);
        w.Write(stage.IsWon);
        w.Write(stage.ForecastCategory);
        w.WriteSalesforceDateTime(opportunity.CreatedUtc);
        w.WriteSalesforceDateTime(state.ModifiedUtc);
        w.Write(false);
        w.EndRow();
    }

    /// <summary>The snapshot Salesforce records whenever stage, amount, probability or close date changes.</summary>
    public void WriteOpportunityHistory(OpportunityRecord opportunity, DateTime utc)
    {
        var id = Ids.OpportunityHistory.Next();
        if (!window.Includes(utc))
        {
            return;
        }

        var stage = opportunity.Stage;
        var w = files.OpportunityHistory;
        w.Write(id);
        w.Write(opportunity.Id);
        w.Write(stage.Name);
        w.WriteMoney(opportunity.Amount);
        w.WriteDate(opportunity.CloseDate);
        w.Write(stage.Probability);
        w.Write(stage.ForecastCategory);
        w.WriteSalesforceDateTime(utc);
        w.Write(opportunity.OwnerId);
        w.Write(false);
        w.EndRow();
    }

    private static decimal RevenuePerEmployee(Prospect person) => person.Industry switch
    {
        "Financial Services" => 420000m,
        "Technology" => 310000m,
        "Education" or "Non-Profit" => 90000m,
        _ => 210000m,
    };
}
