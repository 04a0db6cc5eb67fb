namespace Smarketing.Etl.Sources.Mapping;

/// <summary>The outcome of applying a mapping: the canonical folder written and, per source of each entity, what happened.</summary>
/// <param name="OutputDirectory">Folder holding the canonical landing files.</param>
/// <param name="Entities">One outcome per entity source, in the order applied (an unmapped entity has one, without source file).</param>
public sealed record NormalizationResult(string OutputDirectory, IReadOnlyList<EntityOutcome> Entities)
{
    /// <summary>Every rejected source row.</summary>
    public IEnumerable<MappingReject> Rejects => Entities.SelectMany(e => e.Rejects);

    /// <summary>Entities whose rejected share of rows exceeds <paramref name="maxPercent"/>, described for the user.</summary>
    public IReadOnlyList<string> Breaches(double maxPercent) =>
        Entities.Where(e => e.RowsRead > 0 && 100.0 * e.Rejects.Count / e.RowsRead > maxPercent)
            .Select(e => $"{e.Path} ({e.SourceFile}): {e.Rejects.Count} of {e.RowsRead} rows could not be mapped (limit {maxPercent}%)")
            .ToList();

    /// <summary>Sources whose counts do not add up (read ≠ mapped + merged + empty + rejected), described for the user; a
    /// non-empty list means rows were lost without a reason, and nothing may be loaded.</summary>
    public IReadOnlyList<string> Unbalanced() =>
        Entities.Where(e => e.Unaccounted != 0)
            .Select(e => $"{e.Path} ({e.SourceFile}): {e.RowsRead} read ≠ {e.RowsMapped} mapped + {e.RowsMerged} merged + {e.RowsEmpty} empty + " +
                         $"{e.Rejects.Count} rejected ({e.Unaccounted} unaccounted)")
            .ToList();
}
