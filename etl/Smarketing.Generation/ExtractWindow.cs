namespace Smarketing.Generation;

/// <summary>
/// The moment an extract is taken and, for an incremental extract, since when it collects changes. A row is in the extract when
/// it existed before <see cref="CutoffUtc"/> and, incrementally, when its last change as of the cutoff (SystemModstamp, or the
/// creation time of an immutable row) is at or after <see cref="ChangedSinceUtc"/>. Cutoff and since are the same kind of instant,
/// so the cutoff of one extract is exactly the <c>changed-since</c> of the next and nothing falls between them.
/// </summary>
internal sealed class ExtractWindow(DateTime cutoffUtc, DateTime? changedSinceUtc)
{
    /// <summary>Midnight (UTC) after the extract date: changes at or after it have not happened yet.</summary>
    public DateTime CutoffUtc { get; } = cutoffUtc;

    /// <summary>Only rows changed at or after this instant are written; null for a full extract.</summary>
    public DateTime? ChangedSinceUtc { get; } = changedSinceUtc;

    /// <summary>The UTC date the extract shows (the last day before the cutoff).</summary>
    public DateOnly Day => DateOnly.FromDateTime(CutoffUtc).AddDays(-1);

    /// <summary>An immutable row (history, task, activity) created at <paramref name="createdUtc"/>.</summary>
    public bool Includes(DateTime createdUtc) => Includes(createdUtc, createdUtc);

    /// <summary>A row created at <paramref name="createdUtc"/> whose state as of the cutoff was last changed at <paramref name="modifiedUtc"/>.</summary>
    public bool Includes(DateTime createdUtc, DateTime modifiedUtc) =>
        createdUtc < CutoffUtc && modifiedUtc < CutoffUtc && (ChangedSinceUtc is not { } since || modifiedUtc >= since);
}
