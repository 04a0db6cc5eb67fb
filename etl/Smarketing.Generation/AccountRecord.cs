namespace Smarketing.Generation;

/// <summary>The company created when a lead converts; its Type follows the customer's life (Prospect, Customer, Former Customer).</summary>
internal sealed class AccountRecord
{
    public required string Id { get; init; }

    public required string ContactId { get; init; }

    public required string OwnerId { get; init; }

    public required DateTime CreatedUtc { get; init; }

    public string Type { get; set; } = "Prospect";

    public required DateTime ModifiedUtc { get; set; }

    /// <summary>The extract's cutoff: changes at or after it are simulated but not shown.</summary>
    public required DateTime ExtractCutoffUtc { get; init; }

    /// <summary>The row as of the extract; null while the account does not exist yet for it.</summary>
    public AccountState? Extracted { get; private set; }

    /// <summary>Records a change at <paramref name="utc"/> (after changing the fields; also once at creation).</summary>
    public void Touch(DateTime utc)
    {
        if (utc > ModifiedUtc)
        {
            ModifiedUtc = utc;
        }

        if (ModifiedUtc < ExtractCutoffUtc)
        {
            Extracted = new AccountState(Type, ModifiedUtc);
        }
    }
}
