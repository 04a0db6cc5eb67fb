namespace Smarketing.Etl.Generation;

/// <summary>A lead while its journey is simulated; at the end it is written as the Lead.csv and MarketoLeads.csv rows.</summary>
internal sealed class LeadRecord
{
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

    /// <summary>Hot, Warm or Cold from the score (Hot once sales works it).</summary>
    public string Rating => Status is LeadStatus.SalesAccepted or LeadStatus.SalesQualified or LeadStatus.Converted || Score >= 80
        ? "Hot"
        : Score >= 40 ? "Warm" : "Cold";

    public void Touch(DateTime utc)
    {
        if (utc > LastModifiedUtc)
        {
            LastModifiedUtc = utc;
        }

        Seen(utc);
    }

    public void Seen(DateTime utc)
    {
        if (utc > MarketoUpdatedUtc)
        {
            MarketoUpdatedUtc = utc;
        }
    }
}
