namespace Smarketing.Etl.Sources.Mapping;

/// <summary>The outcome of applying a mapping: the canonical folder written and, per entity, what happened.</summary>
/// <param name="OutputDirectory">Folder holding the canonical landing files.</param>
/// <param name="Entities">One outcome per canonical entity (unmapped ones have no source file).</param>
public sealed record NormalizationResult(string OutputDirectory, IReadOnlyList<EntityOutcome> Entities)
{
    /// <summary>Every rejected source row.</summary>
    public IEnumerable<MappingReject> Rejects => Entities.SelectMany(e => e.Rejects);

    /// <summary>Entities whose rejected share of rows exceeds <paramref name="maxPercent"/>, described for the user.</summary>
    public IReadOnlyList<string> Breaches(double maxPercent) =>
        Entities.Where(e => e.RowsRead > 0 && 100.0 * e.Rejects.Count / e.RowsRead > maxPercent)
            .Select(e => $"{e.Entity.Key} ({e.SourceFile}): {e.Rejects.Count} of {e.RowsRead} rows could not be mapped (limit {maxPercent}%)")
            .ToList();
}
