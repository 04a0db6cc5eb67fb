namespace Smarketing.Generation;

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

    /// <summary>The extract's cutoff: changes at or after it are simulated but not shown.</summary>
    public required DateTime ExtractCutoffUtc { get; init; }

    /// <summary>The row as of the extract; null while the opportunity does not exist yet for it.</summary>
    public OpportunityState? Extracted { get; private set; }

    /// <summary>Records a change at <paramref name="utc"/> (after changing the fields; also once at creation).</summary>
    public void Touch(DateTime utc)
    {
        if (utc > ModifiedUtc)
        {
            ModifiedUtc = utc;
        }

        if (ModifiedUtc < ExtractCutoffUtc)
        {
            Extracted = new OpportunityState(Stage, Amount, CloseDate, ModifiedUtc);
        }
    }
}
