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
            var target = mapped.FirstOrDefault(e => e.Key.Equals(lookup.Entity, StringComparison.OrdinalIgnoreCase));
            if (target is null)
            {
                problems.Add($"{path}.lookup.entity '{lookup.Entity}' is not an entity mapped before {entity.Key} (allowed: {string.Join(", ", mapped.Select(e => e.Key))})");
            }
            else if (!target.Has(lookup.By))
            {
                problems.Add($"{path}.lookup.by '{lookup.By}' is not a column of {target.FileName} (allowed: {string.Join(", ", target.Columns)})");
            }
        }
    }
}
