namespace Smarketing.Etl.Generation;

/// <summary>Lead, LeadHistory and CampaignMember rows.</summary>
internal sealed partial class SalesforceExport
{
    /// <summary>The Lead row as it stands at the end of the period (or an older copy of it, when a quirk repeats the row).</summary>
    public void WriteLead(LeadRecord lead, string? staleRating = null, DateTime? staleModifiedUtc = null)
    {
        var p = lead.Person;
        var modified = staleModifiedUtc ?? lead.LastModifiedUtc;
        var w = files.Leads;
        w.Write(lead.Id);
        w.Write(p.FirstName);
        w.Write(p.LastName);
        w.Write(p.Email);
        w.Write(p.Title);
        w.Write(p.Company);
        w.Write(p.Industry);
        w.Write(p.Employees);
        w.Write(p.Country);
        w.Write(lead.FirstTouch.Channel.LeadSource);
        w.Write(lead.Status);
        w.Write(lead.OwnerId);
        w.Write(staleRating ?? lead.Rating);
        w.Write(lead.IsConverted);
        w.WriteDate(lead.ConvertedDate);
        w.Write(lead.ConvertedAccountId);
        w.Write(lead.ConvertedContactId);
        w.Write(lead.ConvertedOpportunityId);
        w.Write(lead.RejectionReason);
        w.Write(lead.MasterRecordId);
        w.WriteSalesforceDateTime(lead.CreatedUtc);
        w.WriteSalesforceDateTime(modified);
        w.WriteSalesforceDateTime(modified);
        w.Write(lead.IsDeleted);
        w.EndRow();
    }

    /// <summary>A field-history row; <paramref name="field"/> is <c>created</c>, <c>Status</c>, <c>Owner</c> or a tracked custom field.</summary>
    public void WriteLeadHistory(LeadRecord lead, string field, string? oldValue, string? newValue, DateTime utc, string createdById)
    {
        var w = files.LeadHistory;
        w.Write(Ids.FieldHistory.Next());
        w.Write(lead.Id);
        w.Write(field);
        w.Write(oldValue);
        w.Write(newValue);
        w.WriteSalesforceDateTime(utc);
        w.Write(createdById);
        w.Write(lead.IsDeleted);
        w.EndRow();
    }

    public void WriteCampaignMember(LeadRecord lead, CampaignMembership member)
    {
        var w = files.CampaignMembers;
        w.Write(member.Id);
        w.Write(member.Campaign.Id);
        w.Write(lead.Id);
        w.Write(lead.ConvertedContactId);
        w.Write(member.Status);
        w.Write(member.FirstResponded is not null);
        w.WriteDate(member.FirstResponded);
        w.WriteSalesforceDateTime(member.CreatedUtc);
        w.WriteSalesforceDateTime(member.ModifiedUtc);
        w.Write(lead.IsDeleted);
        w.EndRow();
    }
}
