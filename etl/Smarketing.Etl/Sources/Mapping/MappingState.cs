namespace Smarketing.Etl.Sources.Mapping;

/// <summary>What a mapping run has produced so far: canonical rows per entity, pending lead conversions, and the indexes
/// lookups use. Lookups reach entities mapped earlier (validated), which are complete by then, and source files, which never
/// change, so each index is built once.</summary>
internal sealed class MappingState(IReadOnlyDictionary<string, SourceTable> tables)
{
    private readonly Dictionary<(string, string, string), Dictionary<string, string>> indexes = [];

    /// <summary>Canonical rows by entity, keyed by id, in the order first mapped.</summary>
    public Dictionary<CanonicalEntity, Dictionary<string, string[]>> Outputs { get; } = [];

    /// <summary>Opportunities that name the lead they were converted from.</summary>
    public List<Conversion> Conversions { get; } = [];

    /// <summary>The value a lookup returns for <paramref name="value"/>, or null when no row matches (the first row
    /// wins).</summary>
    public string? Lookup(LookupMapping lookup, string value)
    {
        var key = (lookup.File ?? "entity:" + lookup.Entity, lookup.By, lookup.Value ?? "Id");
        if (!indexes.TryGetValue(key, out var index))
        {
            index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (lookup.File is { } file)
            {
                var table = tables[file];
                var (by, result) = (table.IndexOf(lookup.By), table.IndexOf(lookup.Value!));
                foreach (var row in table.Rows.Where(r => r.IsWellFormed))
                {
                    index.TryAdd(row.Values[by].Trim(), row.Values[result]);
                }
            }
            else
            {
                var entity = CanonicalEntities.All.First(e => e.Key.Equals(lookup.Entity, StringComparison.OrdinalIgnoreCase));
                var (by, result) = (entity.IndexOf(lookup.By), entity.IndexOf(lookup.Value ?? entity.IdColumn));
                foreach (var row in (Outputs.GetValueOrDefault(entity) ?? []).Values)
                {
                    index.TryAdd(row[by], row[result]);
                }
            }

            indexes[key] = index;
        }

        return index.GetValueOrDefault(value);
    }
}
