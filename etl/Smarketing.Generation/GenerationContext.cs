namespace Smarketing.Generation;

/// <summary>What every journey needs: the random stream, the teams and campaigns, the writers, and the end of the period.</summary>
internal sealed class GenerationContext
{
    public required SeededRandom Random { get; init; }

    public required RepRoster Roster { get; init; }

    public required CampaignCatalog Campaigns { get; init; }

    public required SalesforceExport Salesforce { get; init; }

    public required MarketoExport Marketo { get; init; }

    public required ProspectFactory Prospects { get; init; }

    /// <summary>Midnight after the last day of the period: events at or after it have not happened yet and are not written.</summary>
    public required DateTime CutoffUtc { get; init; }

    /// <summary>Which moment the files show (and, for a delta, since when); the simulation itself always runs to <see cref="CutoffUtc"/>.</summary>
    public required ExtractWindow Extract { get; init; }

    /// <summary>Collects the new-business deals whose buying groups are written after the journeys (null: none).</summary>
    public BuyingGroups? BuyingGroups { get; set; }

    public bool Happened(DateTime utc) => utc < CutoffUtc;

    /// <summary>A few seconds to minutes later, with Salesforce's millisecond noise.</summary>
    public DateTime Shortly(DateTime utc, int minSeconds = 1, int maxSeconds = 300) =>
        utc.AddSeconds(Random.Next(minSeconds, maxSeconds)).AddMilliseconds(Random.Next(1000));
}
