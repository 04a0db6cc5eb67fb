namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Computes canonical values from one source row: reads, combines, hashes or looks up the value, then applies the
/// value map and the date format. Failures throw <see cref="MappingRowException"/> naming the mapping path.</summary>
public sealed class RowMapper(Func<string, string, string, string?> lookup)
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
                value = lookup(l.Entity, l.By, value)
                    ?? throw new MappingRowException(l.Column, value, $"matches no {l.Entity} row by {l.By} ({path}.lookup)");
            }
        }
        else
        {
            value = Read(table, row, c.Column!);
        }

        if (value.Length > 0 && c.ValueMap is { } map)
        {
            var hit = map.FirstOrDefault(kv => kv.Key.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
            if (hit.Key is not null)
            {
                value = hit.Value ?? "";
            }
            else if (c.Default is not null)
            {
                var key = $"{path}: '{value}'";
                outcome.UnmappedValues[key] = outcome.UnmappedValues.GetValueOrDefault(key) + 1;
                value = c.Default;
            }
            else
            {
                throw new MappingRowException(sourceColumn, value,
                    $"is not in {path}.valueMap and there is no default (known: {string.Join(", ", map.Keys.Take(12))})");
            }
        }

        var dateOnly = entity.DateColumns.Contains(column);
        if (value.Length > 0 && (dateOnly || entity.DateTimeColumns.Contains(column)))
        {
            value = Date(value, c.Format, c.TimeZone, dateOnly, sourceColumn, path);
        }

        return value;
    }

    /// <summary>A date value for a canonical column, or a <see cref="MappingRowException"/> naming the expected format.</summary>
    public static string Date(string value, string? format, string? zone, bool dateOnly, string? sourceColumn, string path) =>
        DateFormats.TryConvert(value, format, zone, dateOnly, out var result)
            ? result
            : throw new MappingRowException(sourceColumn, value, $"is not a date in the format {format ?? "ISO-8601 (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ)"} ({path})");

    /// <summary>The value of source column <paramref name="column"/> in <paramref name="row"/>.</summary>
    public static string Read(SourceTable table, SourceRow row, string column) => row.Values[table.IndexOf(column)];
}
