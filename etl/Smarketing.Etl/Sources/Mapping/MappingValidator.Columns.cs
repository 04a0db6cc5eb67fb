namespace Smarketing.Etl.Sources.Mapping;

public static partial class MappingValidator
{
    private static void Column(List<string> problems, string path, CanonicalEntity entity, string column, ColumnMapping c, IReadOnlyList<CanonicalEntity> mapped)
    {
        var sources = new[] { c.Column is not null, c.Constant is not null, c.Combine is not null, c.Id is not null, c.Lookup is not null }.Count(x => x);
        if (sources != 1)
        {
            problems.Add($"{path}: give exactly one of column, constant, combine, id, lookup (found {sources})");
        }

        var isDate = entity.DateColumns.Contains(column) || entity.DateTimeColumns.Contains(column);
        if (c.Format is { } format)
        {
            if (!isDate)
            {
                problems.Add($"{path}.format applies to date columns only (date columns of {entity.FileName}: {string.Join(", ", entity.DateColumns.Concat(entity.DateTimeColumns))})");
            }
            else if (DateFormats.Problem(format) is { } why)
            {
                problems.Add($"{path}.format '{format}' is not a valid date format ({why})");
            }
        }

        if (c.TimeZone is { } zone && DateFormats.ZoneProblem(zone) is { } zoneWhy)
        {
            problems.Add($"{path}.timeZone '{zone}' {zoneWhy}");
        }

        if (c.Id is { } id)
        {
            if (id.From.Count == 0)
            {
                problems.Add($"{path}.id.from: name at least one source column");
            }

            if (id.Prefix is { Length: not 3 } prefix)
            {
                problems.Add($"{path}.id.prefix '{prefix}' must be 3 characters (e.g. 00Q lead, 005 user, 006 opportunity)");
            }
        }

        if (c.Lookup is { } lookup)
        {
            Lookup(problems, path, lookup, mapped);
        }

        if (c.Nth is 0)
        {
            problems.Add($"{path}.nth: 1 is the first value, 2 the second, -1 the last (0 names none)");
        }

        if (c.Passthrough && c.Default is not null)
        {
            problems.Add($"{path}: give either default or passthrough for values the valueMap does not list, not both");
        }

        if ((c.Passthrough || c.Default is not null) && c.ValueMap is null)
        {
            problems.Add($"{path}: default and passthrough apply to values a valueMap does not list; add a valueMap (or use constant)");
        }

        if (c.Optional && c.Column is null)
        {
            problems.Add($"{path}.optional applies to a column mapping (a source column that some exports lack)");
        }
    }

    private static void Lookup(List<string> problems, string path, LookupMapping lookup, IReadOnlyList<CanonicalEntity> mapped)
    {
        if ((lookup.Entity is null) == (lookup.File is null))
        {
            problems.Add($"{path}.lookup: give exactly one of entity (an entity mapped before) or file (a source file)");
            return;
        }

        if (lookup.File is not null)
        {
            if (string.IsNullOrWhiteSpace(lookup.Value) || string.IsNullOrWhiteSpace(lookup.By))
            {
                problems.Add($"{path}.lookup: a file lookup needs by (the column matched) and value (the column returned)");
            }

            return;
        }

        var target = mapped.FirstOrDefault(e => e.Key.Equals(lookup.Entity, StringComparison.OrdinalIgnoreCase));
        if (target is null)
        {
            problems.Add($"{path}.lookup.entity '{lookup.Entity}' is not an entity mapped before (allowed: {string.Join(", ", mapped.Select(e => e.Key))})");
            return;
        }

        foreach (var (name, column) in new[] { ("by", lookup.By), ("value", lookup.Value) })
        {
            if (column is not null && !target.Has(column))
            {
                problems.Add($"{path}.lookup.{name} '{column}' is not a column of {target.FileName} (allowed: {string.Join(", ", target.Columns)})");
            }
        }
    }
}
