namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>A new-business opportunity whose buying group is measured.</summary>
/// <param name="SalesforceOpportunityId">Its Salesforce id.</param>
/// <param name="AccountKey">Its account.</param>
/// <param name="Segment">The account's segment.</param>
/// <param name="Created">Creation day.</param>
/// <param name="Closed">Close day; null while open.</param>
/// <param name="IsWon">Won.</param>
/// <param name="CycleDays">Created to closed, as dw.FactOpportunity has it.</param>
public sealed record BuyingGroupDeal(
    string SalesforceOpportunityId,
    int AccountKey,
    string Segment,
    DateOnly Created,
    DateOnly? Closed,
    bool IsWon,
    decimal? CycleDays);
