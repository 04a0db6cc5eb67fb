namespace Smarketing.Etl.Transforms.Revenue;

/// <summary>A staged opportunity with its history in time order, as <see cref="OpportunityStream"/> reads it.</summary>
public sealed class OpportunityRecord
{
    /// <summary>Salesforce opportunity id.</summary>
    public required string Id { get; init; }

    public string? AccountId { get; init; }

    public string? Name { get; init; }

    public string? StageName { get; init; }

    /// <summary>Amount in <see cref="CurrencyIsoCode"/>.</summary>
    public decimal? Amount { get; init; }

    public string? CurrencyIsoCode { get; init; }

    public int? Probability { get; init; }

    public DateOnly? CloseDate { get; init; }

    public string? Type { get; init; }

    public string? LeadSource { get; init; }

    public string? CampaignId { get; init; }

    public string? OwnerId { get; init; }

    public bool IsClosed { get; init; }

    public bool IsWon { get; init; }

    public string? ForecastCategory { get; init; }

    public required DateTime CreatedAtUtc { get; init; }

    public bool IsDeleted { get; init; }

    /// <summary>The lead converted into this opportunity (0 when none).</summary>
    public int LeadKey { get; init; }

    /// <summary>Stage, amount and close-date changes, oldest first.</summary>
    public List<OpportunityHistoryRow> History { get; } = [];
}
