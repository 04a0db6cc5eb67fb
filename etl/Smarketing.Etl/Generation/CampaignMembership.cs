namespace Smarketing.Etl.Generation;

/// <summary>A lead's membership of one campaign (one CampaignMember row), upgraded when the lead responds.</summary>
internal sealed class CampaignMembership
{
    public required string Id { get; init; }

    public required MarketingCampaign Campaign { get; init; }

    public required string Status { get; set; }

    public DateOnly? FirstResponded { get; set; }

    public required DateTime CreatedUtc { get; init; }

    public required DateTime ModifiedUtc { get; set; }
}
