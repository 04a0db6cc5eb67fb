namespace Smarketing.Etl.Generation;

/// <summary>The company created when a lead converts; its Type follows the customer's life (Prospect, Customer, Former Customer).</summary>
internal sealed class AccountRecord
{
    public required string Id { get; init; }

    public required string ContactId { get; init; }

    public required string OwnerId { get; init; }

    public required DateTime CreatedUtc { get; init; }

    public string Type { get; set; } = "Prospect";

    public required DateTime ModifiedUtc { get; set; }
}
