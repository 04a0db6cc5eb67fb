namespace Smarketing.Etl.Pipeline;

/// <summary>What one ETL run loads and how strict it is.</summary>
/// <param name="SourceDirectory">Landing folder with the export files.</param>
/// <param name="AsOfUtc">The batch's as-of instant; null = the newest timestamp found in the staged sources.</param>
/// <param name="MaxRejectPercent">Per entity, the share of rejected rows (0–100) above which the batch fails without committing
/// (when more than <c>inputRules.minRejectedRows</c> rows were rejected); null = <c>inputRules.maxRejectPercent</c>.</param>
/// <param name="RecomputeAll">Rebuild the lead facts of every lead, not only of those the delta touched (e.g. after fixing a bug in a
/// transform, or to prove an incremental warehouse equals a full recomputation).</param>
public sealed record RunOptions(string SourceDirectory, DateTime? AsOfUtc = null, double? MaxRejectPercent = null, bool RecomputeAll = false)
{
    /// <summary>The extract is full (every record as it stands): it must hold the files a full extract requires, and the volume guard
    /// applies. A batch into a warehouse with no successful batch is full whatever this says.</summary>
    public bool Full { get; init; }

    /// <summary>Accept a full extract that holds far fewer rows or keys than the warehouse (an intended purge).</summary>
    public bool AllowShrink { get; init; }
}
