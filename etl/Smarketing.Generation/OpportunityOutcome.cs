namespace Smarketing.Generation;

/// <summary>How an opportunity stands at the end of the period: won or lost at a moment, or still open (both null).</summary>
internal readonly record struct OpportunityOutcome(DateTime? WonUtc, DateTime? LostUtc);
