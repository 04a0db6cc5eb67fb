namespace Smarketing.Etl.Sources.Mapping;

/// <summary>A generated id: <see cref="Prefix"/> plus a hash of the <see cref="From"/> values, 18 characters in all. The same
/// values give the same id in every file, so a rep's opaque id hashed in the deals file matches the same rep in the owners file.</summary>
public sealed class IdMapping
{
    /// <summary>Three-character key prefix; default the entity's own (00Q lead, 005 user, 006 opportunity …).</summary>
    public string? Prefix { get; set; }

    /// <summary>Source columns whose values identify the record.</summary>
    public List<string> From { get; set; } = [];
}
