namespace Smarketing.Generation;

/// <summary>The buying groups' rows: the contacts the account executive adds and their OpportunityContactRole rows.</summary>
internal sealed partial class SalesforceExport
{
    /// <summary>A contact created directly on the account (not by converting a lead); it never changes afterwards.</summary>
    public void WriteGroupContact(BuyingGroupContact contact)
    {
        if (!window.Includes(contact.CreatedUtc))
        {
            return;
        }

        var w = files.Contacts;
        w.Write(contact.Id);
        w.Write(contact.AccountId);
        w.Write(contact.FirstName);
        w.Write(contact.LastName);
        w.Write(contact.Email);
        w.Write(contact.Title);
        w.Write(contact.Role.Department);
        w.WriteNull();
        w.Write(contact.OwnerId);
        w.WriteNull();
        w.WriteSalesforceDateTime(contact.CreatedUtc);
        w.WriteSalesforceDateTime(contact.CreatedUtc);
        w.Write(false);
        w.EndRow();
    }

    /// <summary>The role as of the extract: deleted (SystemModstamp the deletion) once the deletion has happened for
    /// it.</summary>
    public void WriteContactRole(ContactRoleRecord role)
    {
        var deleted = role.DeletedUtc is { } at && at < window.CutoffUtc;
        var modified = deleted ? role.DeletedUtc!.Value : role.CreatedUtc;
        if (!window.Includes(role.CreatedUtc, modified))
        {
            return;
        }

        var w = files.OpportunityContactRoles;
        w.Write(role.Id);
        w.Write(role.OpportunityId);
        w.Write(role.ContactId);
        w.Write(role.Role);
        w.Write(role.IsPrimary);
        w.WriteSalesforceDateTime(role.CreatedUtc);
        w.WriteSalesforceDateTime(modified);
        w.Write(deleted);
        w.EndRow();
    }
}
