namespace Smarketing.Generation;

/// <summary>Where a sales cycle left the lead: back in nurture at <see cref="RecycledUtc"/>, or finished (converted, disqualified, still open).</summary>
internal readonly record struct HandoffOutcome(DateTime? RecycledUtc)
{
    public static readonly HandoffOutcome Finished = new(null);
}
