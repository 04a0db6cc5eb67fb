namespace Smarketing.Generation;

/// <summary>One OpportunityContactRole row while simulated; deleted (IsDeleted, SystemModstamp = deletion) if
/// <see cref="DeletedUtc"/> is before the extract's cutoff.</summary>
internal sealed record ContactRoleRecord(
    string Id, string OpportunityId, string ContactId, string Role, bool IsPrimary, DateTime CreatedUtc, DateTime? DeletedUtc);
