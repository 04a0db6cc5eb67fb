namespace Smarketing.Generation;

/// <summary>Lead, LeadHistory and CampaignMember rows.</summary>
internal sealed partial class SalesforceExport
{
    /// <summary>The Lead row as the extract sees it (or an older copy of it, when a quirk repeats the row).</summary>
    public void WriteLead(LeadRecord lead, LeadState state, string? staleRating = null, DateTime? staleModifiedUtc = null)
    {
        var modified = staleModifiedUtc ?? state.LastModifiedUtc;
        if (!window.Includes(lead.CreatedUtc, modified))
        {
            return;
        }

        var p = lead.Person;
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
        w.Write(state.Status);
        w.Write(state.OwnerId);
        w.Write(staleRating ?? state.Rating);
        w.Write(state.IsConverted);
        w.WriteDate(state.ConvertedDate);
        w.Write(state.ConvertedAccountId);
        w.Write(state.ConvertedContactId);
        w.Write(state.ConvertedOpportunityId);
        w.Write(state.RejectionReason);
        w.Write(state.MasterRecordId);
        w.WriteSalesforceDateTime(lead.CreatedUtc);
        w.WriteSalesforceDateTime(modified);
        w.WriteSalesforceDateTime(modified);
        w.Write(state.IsDeleted);
        w.EndRow();
    }

    /// <summary>
    /// A field-history row; <paramref name="field"/> is <c>created</c>, <c>Status</c>, <c>Owner</c> or a tracked custom field. History
    /// rows never change, except that deleting the lead deletes them too: an incremental extract then delivers them again, deleted.
    /// </summary>
    public void WriteLeadHistory(LeadRecord lead, string field, string? oldValue, string? newValue, DateTime utc, string createdById)
    {
        var id = Ids.FieldHistory.Next();
        var deletedAt = lead.Extracted is { IsDeleted: true } state ? state.LastModifiedUtc : (DateTime?)null;
        var deleted = deletedAt is not null;
        if (!window.Includes(utc, deletedAt > utc ? deletedAt.Value : utc))
        {
            return;
        }

        var w = files.LeadHistory;
        w.Write(id);
        w.Write(lead.Id);
        w.Write(field);
        w.Write(oldValue);
        w.Write(newValue);
        w.WriteSalesforceDateTime(utc);
        w.Write(createdById);
        w.Write(deleted);
        w.EndRow();
    }

    public void WriteCampaignMember(LeadRecord lead, CampaignMembership member)
    {
        if (member.Extracted is not { } state || !window.Includes(member.CreatedUtc, state.ModifiedUtc))
        {
            return;
        }

        var w = files.CampaignMembers;
        w.Write(member.Id);
        w.Write(member.Campaign.Id);
        w.Write(lead.Id);
        w.Write(state.ContactId);
        w.Write(state.Status);
        w.Write(state.FirstResponded is not null);
        w.WriteDate(state.FirstResponded);
        w.WriteSalesforceDateTime(member.CreatedUtc);
        w.WriteSalesforceDateTime(state.ModifiedUtc);
        w.Write(state.IsDeleted);
        w.EndRow();
    }
}
