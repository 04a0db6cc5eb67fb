namespace Smarketing.Generation;

/// <summary>A lead's membership of one campaign (one CampaignMember row), upgraded when the lead responds.</summary>
internal sealed class CampaignMembership
{
    public required string Id { get; init; }

    public required MarketingCampaign Campaign { get; init; }

    public required string Status { get; set; }

    public DateOnly? FirstResponded { get; set; }

    public required DateTime CreatedUtc { get; init; }

    public required DateTime ModifiedUtc { get; set; }

    /// <summary>The extract's cutoff: changes at or after it are simulated but not shown.</summary>
    public required DateTime ExtractCutoffUtc { get; init; }

    /// <summary>The row as of the extract; null while the membership does not exist yet for it.</summary>
    public MemberState? Extracted { get; private set; }

    /// <summary>Records a change at <paramref name="utc"/> (after changing the fields; also once at creation). The row carries the lead's
    /// contact id and deletion, so converting or deleting the lead touches its memberships.</summary>
    public void Touch(DateTime utc, LeadRecord lead)
    {
        if (utc > ModifiedUtc)
        {
            ModifiedUtc = utc;
        }

        if (ModifiedUtc < ExtractCutoffUtc)
        {
            Extracted = new MemberState(Status, FirstResponded, lead.ConvertedContactId, lead.IsDeleted, ModifiedUtc);
        }
    }
}
