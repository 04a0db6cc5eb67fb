namespace Smarketing.Generation;

/// <summary>Something that will happen during nurture, at a known moment.</summary>
/// <param name="At">When it happens (UTC).</param>
/// <param name="Kind">What happens.</param>
/// <param name="Number">For email steps: which nurture email (from 0).</param>
/// <param name="Campaign">The program it belongs to (email program, webinar, or the campaign a visit came from).</param>
/// <param name="Detail">For a visit the page, for a form fill the form name.</param>
internal readonly record struct NurtureStep(DateTime At, NurtureStepKind Kind, int Number = 0, MarketingCampaign? Campaign = null, string? Detail = null);
