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

    /// <summary>Separator for <see cref="Combine"/> (default a space) or for <see cref="Nth"/> (default <c>;</c>).</summary>
    public string? Separator { get; set; }

    /// <summary>A multi-valued cell ("cat, wolf"): keep only its n-th value (1 the first, -1 the last), trimmed; a cell with
    /// fewer values reads as empty. <c>"first": true</c> is the same as <c>"nth": 1</c>.</summary>
    public int? Nth { get; set; }

    /// <summary>When true, a <see cref="Column"/> absent from the file reads as empty (noted) instead of failing the mapping;
    /// for presets of exports whose optional fields depend on the org (e.g. CurrencyIsoCode only in multi-currency orgs).</summary>
    public bool Optional { get; set; }

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

    /// <summary>When true, source values missing from <see cref="ValueMap"/> pass through unchanged (not counted as unmapped):
    /// the map only renames the values it lists.</summary>
    public bool Passthrough { get; set; }

    /// <summary>The source columns this mapping reads.</summary>
    [JsonIgnore]
    public IEnumerable<string> SourceColumns =>
        new[] { Optional ? null : Column }.Concat(Combine ?? []).Concat(Id?.From ?? []).Concat([Lookup?.Column]).OfType<string>();
}
