using System.Text.Json.Serialization;

namespace Smarketing.Etl.Sources.Mapping;

/// <summary>How one canonical column is filled from a source row: a source column (the JSON may be just its name), a constant,
/// several columns combined, a generated id or a lookup, then optionally a date format and a value map.</summary>
[JsonConverter(typeof(ColumnMappingConverter))]
public sealed class ColumnMapping
{
    /// <summary>Source column (header name, case-insensitive).</summary>
    public string? Column { get; set; }

    /// <summary>A fixed value for every row.</summary>
    public string? Constant { get; set; }

    /// <summary>Source columns joined with <see cref="Separator"/> (empty parts skipped), e.g. a name from first and last name.</summary>
    public List<string>? Combine { get; set; }

    /// <summary>Separator for <see cref="Combine"/>; default a space.</summary>
    public string? Separator { get; set; }

    /// <summary>A deterministic 18-character id from source values (for entities that have none, or opaque ids).</summary>
    public IdMapping? Id { get; set; }

    /// <summary>The id of the already-mapped row of another entity whose column equals this row's value (e.g. the lead with that e-mail).</summary>
    public LookupMapping? Lookup { get; set; }

    /// <summary>.NET date format of the source value (e.g. <c>dd/MM/yyyy</c>); output is ISO-8601 UTC.</summary>
    public string? Format { get; set; }

    /// <summary>IANA time zone the source date-times are in (default UTC).</summary>
    public string? TimeZone { get; set; }

    /// <summary>Source value → canonical value (case-insensitive); a value not listed takes <see cref="Default"/> or rejects the row.</summary>
    public Dictionary<string, string?>? ValueMap { get; set; }

    /// <summary>Canonical value for source values missing from <see cref="ValueMap"/>.</summary>
    public string? Default { get; set; }

    /// <summary>The source columns this mapping reads.</summary>
    [JsonIgnore]
    public IEnumerable<string> SourceColumns =>
        new[] { Column }.Concat(Combine ?? []).Concat(Id?.From ?? []).Concat([Lookup?.Column]).OfType<string>();
}
