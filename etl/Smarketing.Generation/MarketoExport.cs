using System.Globalization;

namespace Smarketing.Generation;

/// <summary>
/// Writes the Marketo bulk activity extract and the leads export. An activity at or after <paramref name="cutoffUtc"/> (the end
/// of the simulation) never happens (the trailing seconds of a click chain, say); one outside the extract window happens, keeps
/// its GUID, but is not written.
/// </summary>
internal sealed class MarketoExport(SourceExportSet files, int seed, DateTime cutoffUtc, ExtractWindow window)
{
    private readonly ulong _guidSalt = SeededRandom.Mix((ulong)seed ^ 0x6D61726B65746FUL);
    private ulong _activities;
    private int _leads = 100_000;

    public MarketoAttributes Attributes { get; } = new();

    /// <summary>The next Marketo lead id (Marketo numbers people itself, independently of Salesforce).</summary>
    public int NextLeadId() => ++_leads;

    /// <summary>One activity row; <paramref name="attributes"/> is usually <see cref="Attributes"/> after <c>Begin…End</c>.</summary>
    public void WriteActivity(LeadRecord lead, DateTime utc, int typeId, int? programId, int? primaryId, string? primaryValue,
        System.Text.StringBuilder? attributes = null)
    {
        if (utc >= cutoffUtc)
        {
            return;
        }

        lead.Seen(utc);
        WriteActivity(lead.MarketoId, utc, typeId, programId, primaryId, primaryValue, attributes);
    }

    /// <summary>A touch of a person known only to Marketo (a buying-group or prospect-account contact) in a running campaign: a
    /// web visit, e-mail click, form fill or webinar attendance, with the attributes Marketo records for that type.</summary>
    public void WriteTouch(int marketoLeadId, DateTime utc, int typeId, MarketingCampaign campaign)
    {
        var attributes = typeId switch
        {
            MarketoActivityType.VisitWebpage =>
                Attributes.Begin().Add("Webpage URL", "/product/overview").Add("Referrer URL", "").End(),
            MarketoActivityType.ClickEmail => Attributes.Begin().Add("Link", "https://www.smarketing.example/resources").End(),
            MarketoActivityType.FillOutForm => Attributes.Begin().Add("Form Name", "Content Download").End(),
            _ => Attributes.Begin().Add("Webinar Name", campaign.Name).End(),
        };
        WriteActivity(marketoLeadId, utc, typeId, campaign.ProgramId, null, campaign.Name, attributes);
    }

    public void WriteActivity(int marketoLeadId, DateTime utc, int typeId, int? programId, int? primaryId, string? primaryValue,
        System.Text.StringBuilder? attributes)
    {
        var counter = ++_activities;
        if (!window.Includes(utc))
        {
            return;
        }

        var w = files.MarketoActivities;
        WriteGuid(w, counter);
        w.Write(marketoLeadId);
        w.WriteMarketoDateTime(utc);
        w.Write(typeId);
        w.Write(programId);
        w.Write(primaryId);
        w.Write(primaryValue);
        if (attributes is null)
        {
            w.Write("{}");
        }
        else
        {
            w.Write(attributes);
        }

        w.EndRow();
    }

    /// <summary>The person in the leads export, synced to the CRM lead or, once converted, to the contact.</summary>
    public void WriteLead(LeadRecord lead)
    {
        if (lead.MarketoExtracted is not { } state || !window.Includes(lead.CreatedUtc, state.UpdatedUtc))
        {
            return;
        }

        var w = files.MarketoLeads;
        w.Write(lead.MarketoId);
        w.Write(lead.Person.Email);
        w.Write(lead.Id);
        w.Write(state.ContactId);
        w.Write(state.IsConverted ? "Contact" : "Lead");
        w.Write(lead.Person.Title);
        w.Write(lead.Person.Company);
        w.Write(state.Score);
        w.WriteMarketoDateTime(lead.CreatedUtc);
        w.WriteMarketoDateTime(state.UpdatedUtc);
        w.EndRow();
    }

    /// <summary>A buying-group contact's Marketo person: known since <see cref="BuyingGroupContact.MarketoCreatedUtc"/>, synced
    /// to the Salesforce contact (sfdcContactId, type Contact, updatedAt) once the account executive created it.</summary>
    public void WriteContactPerson(BuyingGroupContact contact)
    {
        var synced = contact.CreatedUtc < window.CutoffUtc;
        var updated = synced ? contact.CreatedUtc : contact.MarketoCreatedUtc;
        if (contact.MarketoId is not { } id || !window.Includes(contact.MarketoCreatedUtc, updated))
        {
            return;
        }

        var w = files.MarketoLeads;
        w.Write(id);
        w.Write(contact.Email);
        w.WriteNull();
        w.Write(synced ? contact.Id : null);
        w.Write(synced ? "Contact" : null);
        w.Write(contact.Title);
        w.Write(contact.Company);
        w.Write(contact.MarketoScore);
        w.WriteMarketoDateTime(contact.MarketoCreatedUtc);
        w.WriteMarketoDateTime(updated);
        w.EndRow();
    }

    /// <summary>A GUID-shaped, unique and repeatable id: the counter through a bijective mix, salted by the seed.</summary>
    private void WriteGuid(CsvExportWriter w, ulong counter)
    {
        var low = SeededRandom.Mix(counter ^ _guidSalt);
        var high = SeededRandom.Mix(low + _guidSalt);
        Span<char> hex = stackalloc char[32];
        high.TryFormat(hex, out _, "x16", CultureInfo.InvariantCulture);
        low.TryFormat(hex[16..], out _, "x16", CultureInfo.InvariantCulture);
        Span<char> text = stackalloc char[36];
        hex[..8].CopyTo(text);
        text[8] = '-';
        hex[8..12].CopyTo(text[9..]);
        text[13] = '-';
        hex[12..16].CopyTo(text[14..]);
        text[18] = '-';
        hex[16..20].CopyTo(text[19..]);
        text[23] = '-';
        hex[20..].CopyTo(text[24..]);
        w.Write(text);
    }
}
