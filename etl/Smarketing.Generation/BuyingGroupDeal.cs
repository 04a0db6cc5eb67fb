namespace Smarketing.Generation;

/// <summary>What the buying-group pass needs of a new-business opportunity once its journey is over (a copy of a few fields,
/// so the journey's records can be released).</summary>
internal sealed record BuyingGroupDeal(
    string OpportunityId,
    string AccountId,
    string OwnerId,
    string ConvertedContactId,
    BuyingRole ConvertedContactRole,
    string Company,
    string EmailDomain,
    decimal Amount,
    DateTime CreatedUtc,
    OpportunityOutcome Outcome);
