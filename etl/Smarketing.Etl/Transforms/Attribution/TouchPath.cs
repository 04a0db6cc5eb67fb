namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>An opportunity's touches in time order and where the named positions fall on them (indexes into <see cref="Touches"/>).
/// The path holds the touches from lookback before the opportunity's creation up to its creation, then (for full-path models)
/// those after it up to the won instant.</summary>
public sealed class TouchPath
{
    /// <summary>Builds the positions: FT = first touch; LC = the lead-creation touch if it is on the path, else none;
    /// OC = last touch at or before creation; CW = last touch at or before the won instant (only when won).</summary>
    public TouchPath(IReadOnlyList<Touch> touches, DateTime createdAtUtc, DateTime? wonAtUtc)
    {
        Touches = touches;
        CreatedAtUtc = createdAtUtc;
        BeforeCreation = touches.Count(t => t.AtUtc <= createdAtUtc);
        FirstTouch = BeforeCreation > 0 ? 0 : null;
        var lc = -1;
        for (var i = 0; i < BeforeCreation; i++)
        {
            if (touches[i].IsLeadCreation)
            {
                lc = i;
                break;
            }
        }

        LeadCreation = lc >= 0 ? lc : null;
        OpportunityCreation = BeforeCreation > 0 ? BeforeCreation - 1 : null;
        ClosedWon = wonAtUtc is { } won && BeforeCreation > 0 ? touches.Count(t => t.AtUtc <= won) - 1 : null;
    }

    /// <summary>Every touch, oldest first (those after creation are used only by models with a closed-won weight).</summary>
    public IReadOnlyList<Touch> Touches { get; }

    /// <summary>The opportunity's creation instant.</summary>
    public DateTime CreatedAtUtc { get; }

    /// <summary>Touches at or before the opportunity's creation: the path of every model without a closed-won position.</summary>
    public int BeforeCreation { get; }

    public int? FirstTouch { get; }

    public int? LeadCreation { get; }

    public int? OpportunityCreation { get; }

    public int? ClosedWon { get; }
}
