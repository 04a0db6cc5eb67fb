namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Computes canonical values from one source row: reads, combines, hashes or looks up the value, takes the n-th of a
/// multi-valued cell, then applies the value map and the date format. Failures throw <see cref="MappingRowException"/> naming
/// the mapping path.</summary>
/// <param name="lookup">Resolves a lookup for a value: the returned value, or null when no row matches.</param>
public sealed class RowMapper(Func<LookupMapping, string, string?> lookup)
{
    /// <summary>The canonical value of <paramref name="column"/> of <paramref name="entity"/> for <paramref name="row"/>.</summary>
    /// <param name="path">Mapping path used in messages, e.g. leads.columns.CreatedDate.</param>
    public string Value(SourceTable table, SourceRow row, CanonicalEntity entity, string column, ColumnMapping c, string path, EntityOutcome outcome)
    {
        string? sourceColumn = c.Column ?? c.Lookup?.Column;
        string value;
        if (c.Constant is not null)
        {
            value = c.Constant;
        }
        else if (c.Combine is { } parts)
        {
            value = string.Join(c.Separator ?? " ", parts.Select(p => Read(table, row, p)).Where(v => v.Length > 0));
        }
        else if (c.Id is { } id)
        {
            var values = id.From.Select(p => Read(table, row, p).Trim()).ToList();
            value = values.All(v => v.Length == 0) ? "" : SyntheticIds.Salesforce(id.Prefix ?? entity.IdPrefix ?? "a00", values);
        }
        else if (c.Lookup is { } l)
        {
            value = Read(table, row, l.Column).Trim();
            if (value.Length > 0)
            {
                var target = l.File ?? l.Entity;
                value = lookup(l, value) ?? throw new MappingRowException(l.Column, value, $"matches no {target} row by {l.By} ({path}.lookup)");
            }
        }
        else
        {
            value = Read(table, row, c.Column!);
        }

        if (c.Nth is { } nth)
        {
            value = Nth(value, c.Separator ?? ";", nth);
        }

        value = Map(value, c, path, sourceColumn, outcome);
        var dateOnly = entity.DateColumns.Contains(column);
        if (value.Length > 0 && (dateOnly || entity.DateTimeColumns.Contains(column)))
        {
            value = Date(value, c.Format, c.TimeZone, dateOnly, sourceColumn, path);
        }

        return value;
    }

    /// <summary>The <paramref name="nth"/> value (1-based; negative counts from the end) of a cell holding several values,
    /// trimmed, empty parts ignored; empty when the cell has fewer values.</summary>
    public static string Nth(string cell, string separator, int nth)
    {
        var values = cell.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var index = nth > 0 ? nth - 1 : values.Length + nth;
        return index >= 0 && index < values.Length ? values[index] : "";
    }

    /// <summary>A date value for a canonical column, or a <see cref="MappingRowException"/> naming the expected format.</summary>
    public static string Date(string value, string? format, string? zone, bool dateOnly, string? sourceColumn, string path) =>
        DateFormats.TryConvert(value, format, zone, dateOnly, out var result)
            ? result
            : throw new MappingRowException(sourceColumn, value, $"is not a date in the format {format ?? "ISO-8601 (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ)"} ({path})");

    /// <summary>The value of source column <paramref name="column"/> in <paramref name="row"/>; empty for a column the file
    /// does not have (only reachable for columns marked optional, the others are checked before any row is read).</summary>
    public static string Read(SourceTable table, SourceRow row, string column) => table.IndexOf(column) is var i and >= 0 ? row.Values[i] : "";

    /// <summary>Applies the value map: a listed value (the empty value too, under the key <c>""</c>) is replaced; an unlisted
    /// non-empty one passes through, takes the default (counted as unmapped) or rejects the row.</summary>
    private static string Map(string value, ColumnMapping c, string path, string? sourceColumn, EntityOutcome outcome)
    {
        if (c.ValueMap is not { } map)
        {
            return value;
        }

        var hit = map.FirstOrDefault(kv => kv.Key.Trim().Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (hit.Key is not null)
        {
            return hit.Value ?? "";
        }

        if (value.Length == 0 || c.Passthrough)
        {
            return value;
        }

        if (c.Default is not null)
        {
            var key = $"{path}: '{value}'";
            outcome.UnmappedValues[key] = outcome.UnmappedValues.GetValueOrDefault(key) + 1;
            return c.Default;
        }

        throw new MappingRowException(sourceColumn, value,
            $"is not in {path}.valueMap and there is no default (known: {string.Join(", ", map.Keys.Take(12))})");
    }
}
