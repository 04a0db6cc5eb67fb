using System.Text.Json.Serialization;

namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Where one canonical entity comes from: one source (a JSON object) or several (an array of them), e.g. users from
/// both the SDR and the sales-rep column of a deals file. Rows of all sources are one set, de-duplicated by id: the first
/// source (then the first row) to produce an id wins, later ones only fill its empty columns.</summary>
[JsonConverter(typeof(EntitySourcesConverter))]
public sealed class EntitySources : List<EntityMapping>
{
    /// <summary>Creates an empty list.</summary>
    public EntitySources() { }

    /// <summary>Creates the list from <paramref name="sources"/>.</summary>
    public EntitySources(IEnumerable<EntityMapping> sources) : base(sources) { }
}
