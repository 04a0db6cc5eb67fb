namespace Smarketing.Generation;

/// <summary>
/// A lead while its journey is simulated; at the end it is written as the Lead.csv and MarketoLeads.csv rows, as the extract sees
/// them: every change is followed by <see cref="Touch"/> (or <see cref="Seen"/> on the Marketo side), which keeps the state of the
/// last change before the extract's cutoff.
/// </summary>
internal sealed class LeadRecord
{
    /// <summary>The extract's cutoff: changes at or after it are simulated but not shown.</summary>
    public required DateTime ExtractCutoffUtc { get; init; }

    /// <summary>The Lead row as of the extract; null while the lead does not exist yet for it.</summary>
    public LeadState? Extracted { get; private set; }

    /// <summary>The Marketo leads row as of the extract; null while the person does not exist yet for it.</summary>
    public MarketoLeadState? MarketoExtracted { get; private set; }

    public required string Id { get; init; }

    public required int MarketoId { get; init; }

    public required Prospect Person { get; init; }

    public required MarketingCampaign FirstTouch { get; init; }

    public required DateTime CreatedUtc { get; init; }

    /// <summary>How much this person engages with marketing (persona engagement times personal interest; 1 is typical).</summary>
    public required double Interest { get; init; }

    /// <summary>False once an email bounced or the person unsubscribed: nurture stops.</summary>
    public bool Reachable { get; set; } = true;

    /// <summary>A webinar the lead registered for on arrival and will attend when it airs.</summary>
    public MarketingCampaign? PendingWebinar { get; set; }

    /// <summary>An email bounced: the address is invalid.</summary>
    public bool Bounced { get; set; }

    public string Status { get; set; } = LeadStatus.OpenInquiry;

    public required string OwnerId { get; set; }

    public int Score { get; set; }

    public bool IsConverted { get; set; }

    public DateOnly? ConvertedDate { get; set; }

    public string? ConvertedAccountId { get; set; }

    public string? ConvertedContactId { get; set; }

    public string? ConvertedOpportunityId { get; set; }

    public string? RejectionReason { get; set; }

    public string? MasterRecordId { get; set; }

    public bool IsDeleted { get; set; }

    /// <summary>Last change Salesforce recorded (status, owner, score sync).</summary>
    public required DateTime LastModifiedUtc { get; set; }

    /// <summary>Last thing Marketo saw happen to the person (any activity).</summary>
    public required DateTime MarketoUpdatedUtc { get; set; }

    /// <summary>The campaign the lead most recently responded to: the primary campaign of its opportunity.</summary>
    public required MarketingCampaign LastResponse { get; set; }

    public List<CampaignMembership> Memberships { get; } = [];

    /// <summary>Records a change of the CRM lead made at <paramref name="utc"/> (call it after changing the fields; also once at creation).</summary>
    public void Touch(DateTime utc)
    {
        if (utc > LastModifiedUtc)
        {
            LastModifiedUtc = utc;
        }

        // The extract shows the state after the last change before its cutoff; a late change recorded out of order counts
        // at the newest modstamp, so a row whose modstamp is before the cutoff never differs from the state then.
        if (LastModifiedUtc < ExtractCutoffUtc)
        {
            Extracted = new LeadState(Status, OwnerId, Score, IsConverted, ConvertedDate, ConvertedAccountId, ConvertedContactId, ConvertedOpportunityId,
                RejectionReason, MasterRecordId, IsDeleted, LastModifiedUtc);
        }

        Seen(utc);
    }

    /// <summary>Records that Marketo saw the person at <paramref name="utc"/> (any activity, or a synced CRM change).</summary>
    public void Seen(DateTime utc)
    {
        if (utc > MarketoUpdatedUtc)
        {
            MarketoUpdatedUtc = utc;
        }

        if (MarketoUpdatedUtc < ExtractCutoffUtc)
        {
            MarketoExtracted = new MarketoLeadState(Score, IsConverted, ConvertedContactId, MarketoUpdatedUtc);
        }
    }
}
