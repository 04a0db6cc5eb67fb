namespace Smarketing.Etl.Sources.Mapping;

/// <summary>What mapping one entity did: rows read and written, rejects, and source values no value map knew.</summary>
public sealed class EntityOutcome(CanonicalEntity entity, string? sourceFile)
{
    /// <summary>The canonical entity.</summary>
    public CanonicalEntity Entity { get; } = entity;

    /// <summary>Source file read; null when the entity is not mapped.</summary>
    public string? SourceFile { get; } = sourceFile;

    /// <summary>Source records read.</summary>
    public int RowsRead { get; set; }

    /// <summary>Canonical rows written (after split, stage dates and de-duplication by id).</summary>
    public int RowsWritten { get; set; }

    /// <summary>Rows that could not be mapped.</summary>
    public List<MappingReject> Rejects { get; } = [];

    /// <summary>Things worth knowing that are not errors (e.g. an optional stage-date column absent).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>"path: value" → count, for values a value map did not list (they took the default).</summary>
    public Dictionary<string, int> UnmappedValues { get; } = [];
}
