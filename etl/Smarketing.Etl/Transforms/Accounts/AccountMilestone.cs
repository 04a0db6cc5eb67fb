namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>One account as prep.AccountMilestone describes it: everything the account funnel needs besides the touches.</summary>
/// <param name="AccountKey">dw.DimAccount key.</param>
/// <param name="Segment">The account's segment (company size band).</param>
/// <param name="Known">The day the account became known: the earlier of its CRM creation and its first person's; null if
/// neither.</param>
/// <param name="FirstOpportunity">Creation day of its first opportunity (any type); null without one.</param>
/// <param name="FirstWon">Close day of its first won opportunity; null for a prospect.</param>
public sealed record AccountMilestone(
    int AccountKey, string Segment, DateOnly? Known, DateOnly? FirstOpportunity, DateOnly? FirstWon);
