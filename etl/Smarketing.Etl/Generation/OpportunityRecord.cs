namespace Smarketing.Etl.Generation;

/// <summary>An opportunity while its stages are simulated; written to Opportunity.csv as it stands at the end of the period.</summary>
internal sealed class OpportunityRecord
{
    public required string Id { get; init; }

    public required string AccountId { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }

    public string? LeadSource { get; init; }

    public string? CampaignId { get; init; }

    public required string OwnerId { get; init; }

    public required DateTime CreatedUtc { get; init; }

    public required OpportunityStage Stage { get; set; }

    public required decimal Amount { get; set; }

    public required DateOnly CloseDate { get; set; }

    public required DateTime ModifiedUtc { get; set; }
}
