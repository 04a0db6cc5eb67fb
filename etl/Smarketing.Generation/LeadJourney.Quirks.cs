namespace Smarketing.Generation;

/// <summary>The deliberate oddities of <see cref="ExportQuirks"/> as they happen to a lead.</summary>
internal sealed partial class LeadJourney
{
    private Prospect WithTextQuirks(int index, Prospect person)
    {
        if (_quirks.HasQuotedCompany(index))
        {
            person = person with { Company = person.LastName + ", Lang & \"Sons\" Ltd" };
        }

        if (_quirks.HasMultilineTitle(index))
        {
            person = person with { Title = (person.Title.Length > 0 ? person.Title : "Director") + "\nEMEA" };
        }

        return person;
    }

    /// <summary>A junk lead is deleted a few days after it arrived; its rows stay in the export with IsDeleted = true.</summary>
    private void Delete(LeadRecord lead)
    {
        var deleted = lead.CreatedUtc.AddDays(_context.Random.Between(2, 10));
        if (!_context.Happened(deleted))
        {
            deleted = lead.CreatedUtc + ((_context.CutoffUtc - lead.CreatedUtc) / 2);
        }

        lead.IsDeleted = true;
        lead.Touch(deleted);
        foreach (var member in lead.Memberships)
        {
            member.Touch(deleted, lead);
        }
    }

    /// <summary>
    /// The same person comes in again a few days later as a second lead, which is merged into this one: the loser keeps its
    /// row with MasterRecordId and IsDeleted = true; Marketo logs a Merge Leads activity on the survivor.
    /// </summary>
    private (DateTime When, int LoserMarketoId)? AbsorbDuplicate(LeadRecord survivor)
    {
        var random = _context.Random;
        var created = survivor.CreatedUtc.AddDays(random.Between(1, 5));
        if (!_context.Happened(created))
        {
            return null;
        }

        var person = survivor.Person with { Email = PersonNames.Slug(survivor.Person.FirstName) + "." + PersonNames.Slug(survivor.Person.LastName) + "@mail.example" };
        var loser = new LeadRecord
        {
            Id = _context.Salesforce.Ids.Leads.Next(), MarketoId = _context.Marketo.NextLeadId(), Person = person, FirstTouch = survivor.FirstTouch,
            CreatedUtc = created, Interest = survivor.Interest, OwnerId = survivor.OwnerId, LastModifiedUtc = created, MarketoUpdatedUtc = created,
            LastResponse = survivor.FirstTouch, ExtractCutoffUtc = survivor.ExtractCutoffUtc,
        };
        loser.Touch(created);
        var merged = created.AddDays(random.Between(1, 3));
        if (!_context.Happened(merged))
        {
            merged = created + ((_context.CutoffUtc - created) / 2);
        }

        loser.IsDeleted = true;
        loser.MasterRecordId = survivor.Id;
        loser.Touch(merged);
        _context.Salesforce.WriteLeadHistory(loser, "created", null, null, created, _context.Roster.IntegrationUser.Id);
        if (loser.Extracted is { } state)
        {
            _context.Salesforce.WriteLead(loser, state);
        }
        return (merged, loser.MarketoId);
    }

    private void WriteMerge(LeadRecord survivor, (DateTime When, int LoserMarketoId) merge)
    {
        var marketo = _context.Marketo;
        var attributes = marketo.Attributes.Begin().Add("Merge Ids", "[" + merge.LoserMarketoId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]")
            .Add("Merged in Sales", true).Add("Master Updated", true).End();
        marketo.WriteActivity(survivor, merge.When, MarketoActivityType.MergeLeads, null, merge.LoserMarketoId, survivor.Person.FirstName + " " + survivor.Person.LastName, attributes);
        survivor.Touch(merge.When);
    }

    private void WriteUnknownActivity(LeadRecord lead)
    {
        var at = lead.CreatedUtc.AddMinutes(_context.Random.Next(30, 180));
        if (_context.Happened(at))
        {
            var marketo = _context.Marketo;
            marketo.WriteActivity(lead, at, MarketoActivityType.Unknown, null, null, "Partner Integration Event",
                marketo.Attributes.Begin().Add("Source", "Partner webhook").Add("Event", "trial_started").End());
        }
    }
}
