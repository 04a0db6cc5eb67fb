namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>A touch or a score change of one of an account's people (prep.AccountTouch).</summary>
/// <param name="LeadKey">The person (dw.DimLead).</param>
/// <param name="Day">The day it happened (UTC).</param>
/// <param name="IsTouch">An engagement touch (false: a score change only).</param>
/// <param name="ScoreDelta">The score change (0 for a touch).</param>
/// <param name="CampaignKey">The campaign of the touch (0 when none).</param>
/// <param name="Channel">That campaign's channel.</param>
/// <param name="PersonaKey">The person's persona (first funnel cycle; 0 when unknown).</param>
public sealed record AccountTouch(
    int LeadKey, DateOnly Day, bool IsTouch, int ScoreDelta, int CampaignKey, string Channel, int PersonaKey);
