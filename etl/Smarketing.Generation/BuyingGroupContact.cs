namespace Smarketing.Generation;

/// <summary>A person the account executive adds to a deal's buying group: a Contact of the opportunity's account, in a role, and
/// (for some) a Marketo person who engaged with marketing since <see cref="MarketoCreatedUtc"/> and was synced to the contact
/// when it was created.</summary>
internal sealed record BuyingGroupContact
{
    public required string Id { get; init; }

    public required string AccountId { get; init; }

    public required string OwnerId { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required string Email { get; init; }

    public required BuyingRole Role { get; init; }

    public required string Title { get; init; }

    public required string Company { get; init; }

    public required DateTime CreatedUtc { get; init; }

    /// <summary>The Marketo person's id, or null when the contact never engaged with marketing.</summary>
    public int? MarketoId { get; init; }

    public DateTime MarketoCreatedUtc { get; init; }

    public int MarketoScore { get; init; }
}
