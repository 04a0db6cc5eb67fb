namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>One entry of a lead into a stage on its merged lead → opportunity timeline.</summary>
public sealed class StageEntry
{
    /// <summary>The stage entered.</summary>
    public required StageInfo Stage { get; init; }

    /// <summary>When it was entered (UTC).</summary>
    public required DateTime EnteredAtUtc { get; init; }

    /// <summary>Salesforce Lead, Salesforce Opportunity or Marketo.</summary>
    public required string SourceSystem { get; init; }

    /// <summary>The source value that produced the entry (e.g. the Lead.Status text).</summary>
    public string? SourceValue { get; init; }

    /// <summary>The opportunity, for opportunity stages.</summary>
    public string? OpportunityId { get; init; }

    /// <summary>1-based position on the timeline.</summary>
    public int Sequence { get; set; }

    /// <summary>Funnel cycle: 1, then +1 after each recycle to marketing.</summary>
    public int Cycle { get; set; }

    /// <summary>The lead owner (user id) at entry.</summary>
    public string? OwnerUserId { get; set; }

    /// <summary>The next entry, or null while the lead is still in this stage.</summary>
    public StageEntry? Next { get; set; }

    /// <summary>The previous entry.</summary>
    public StageEntry? Previous { get; set; }

    /// <summary>When the stage was left: the next entry's time.</summary>
    public DateTime? ExitedAtUtc => Next?.EnteredAtUtc;

    /// <summary>True for a move from Handoff, SAL or SQL to Recycled: a lead sent back to marketing.</summary>
    public bool IsRecycle => Stage.IsRecycled && Previous is not null && StageInfo.RecyclableCategories.Contains(Previous.Stage.Category);
}
