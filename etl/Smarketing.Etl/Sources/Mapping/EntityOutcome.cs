namespace Smarketing.Etl.Sources.Mapping;

/// <summary>What mapping one source of an entity did. Every source record read is accounted for exactly once: mapped (it
/// added canonical rows), merged (every row it gave repeats an id already mapped), empty (it gives no row, with the reason in
/// <see cref="EmptyReasons"/>) or rejected (<see cref="Rejects"/>).</summary>
public sealed class EntityOutcome(CanonicalEntity entity, string? sourceFile, string? path = null)
{
    /// <summary>The canonical entity.</summary>
    public CanonicalEntity Entity { get; } = entity;

    /// <summary>Mapping path of this source: the entity key, or <c>users[1]</c> for the second of several sources.</summary>
    public string Path { get; } = path ?? entity.Key;

    /// <summary>Source file read; null when the entity is not mapped.</summary>
    public string? SourceFile { get; } = sourceFile;

    /// <summary>Source records read.</summary>
    public int RowsRead { get; set; }

    /// <summary>Source records that added at least one canonical row.</summary>
    public int RowsMapped { get; set; }

    /// <summary>Source records whose every canonical row repeats an id already mapped (merged into it: empty columns
    /// filled).</summary>
    public int RowsMerged { get; set; }

    /// <summary>Source records that give no canonical row by design (e.g. no stage date filled).</summary>
    public int RowsEmpty => EmptyReasons.Values.Sum();

    /// <summary>Why records gave no row → how many.</summary>
    public Dictionary<string, int> EmptyReasons { get; } = [];

    /// <summary>Canonical rows this source added (after split and stage dates; repeats of an id not counted).</summary>
    public int RowsWritten { get; set; }

    /// <summary>Values of repeated ids that disagreed with the value kept (the first).</summary>
    public int Disagreements { get; set; }

    /// <summary>Rows that could not be mapped, one per source record.</summary>
    public List<MappingReject> Rejects { get; } = [];

    /// <summary>Rows written with a problem worth a warning (e.g. an opportunity whose converted lead is not mapped).</summary>
    public List<MappingReject> Warnings { get; } = [];

    /// <summary>Things worth knowing that are not errors (e.g. an optional stage-date column absent).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>"path: value" → count, for values a value map did not list (they took the default).</summary>
    public Dictionary<string, int> UnmappedValues { get; } = [];

    /// <summary>Records read but neither mapped, merged, empty nor rejected: always 0 unless the mapping lost rows silently,
    /// which <c>mapping check</c> and <c>run</c> refuse.</summary>
    public int Unaccounted => RowsRead - RowsMapped - RowsMerged - RowsEmpty - Rejects.Count;
}
