namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Checks a mapping and lists every problem with its path, e.g.
/// <c>leads.columns.CreatedDate.format 'dd/mm/yy' is not a valid date format (…)</c>.</summary>
public static partial class MappingValidator
{
    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        ["stageChanges"] = ["LeadId"],
        ["opportunityStageChanges"] = ["OpportunityId"],
        ["opportunityContactRoles"] = ["OpportunityId", "ContactId"],
        ["activities"] = ["leadId", "activityDate", "activityTypeId"],
    };

    /// <summary>All problems; empty when the mapping is usable.</summary>
    public static IReadOnlyList<string> Validate(SourceMapping mapping)
    {
        var problems = new List<string>();
        var mapped = new List<CanonicalEntity>();
        foreach (var (entity, sources) in mapping.Entities())
        {
            foreach (var source in sources)
            {
                Source(problems, source, mapped);
            }

            if (sources.Count > 0)
            {
                mapped.Add(entity);
            }
        }

        return problems;
    }

    private static void Source(List<string> problems, EntitySource source, IReadOnlyList<CanonicalEntity> mapped)
    {
        var (entity, m, key) = source;
        if (string.IsNullOrWhiteSpace(m.File))
        {
            problems.Add($"{key}.file is required (the source file name in the export folder)");
        }

        foreach (var (column, c) in m.Columns)
        {
            var path = $"{key}.columns.{column}";
            if (!entity.Has(column))
            {
                problems.Add($"{path}: '{column}' is not a column of {entity.FileName} (allowed: {string.Join(", ", entity.Columns)})");
                continue;
            }

            Column(problems, path, entity, entity.Canonical(column), c, mapped);
        }

        foreach (var column in Required.GetValueOrDefault(entity.Key, []))
        {
            if (!m.Columns.Keys.Contains(column, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"{key}.columns.{column} is required");
            }
        }

        StageDates(problems, source);
        ConvertedLead(problems, source, mapped);
        if (m.Split is { } split && string.IsNullOrWhiteSpace(split.Column))
        {
            problems.Add($"{key}.split.column is required");
        }
    }

    private static void StageDates(List<string> problems, EntitySource source)
    {
        var (entity, m, key) = source;
        if (m.StageDates is not { } stages)
        {
            return;
        }

        if (entity.StageColumns is null)
        {
            problems.Add($"{key}.stageDates applies to stageChanges and opportunityStageChanges only");
        }

        if (stages.Columns.Count == 0)
        {
            problems.Add($"{key}.stageDates.columns: name at least one \"stage reached at\" column");
        }

        if (stages.Format is { } format && DateFormats.Problem(format) is { } why)
        {
            problems.Add($"{key}.stageDates.format '{format}' is not a valid date format ({why})");
        }

        if (stages.TimeZone is { } zone && DateFormats.ZoneProblem(zone) is { } zoneWhy)
        {
            problems.Add($"{key}.stageDates.timeZone '{zone}' {zoneWhy}");
        }
    }

    private static void ConvertedLead(List<string> problems, EntitySource source, IReadOnlyList<CanonicalEntity> mapped)
    {
        var (entity, m, key) = source;
        if (m.ConvertedLead is not { } lead)
        {
            return;
        }

        if (entity != CanonicalEntities.Opportunities)
        {
            problems.Add($"{key}.convertedLead applies to opportunities only");
        }

        Column(problems, $"{key}.convertedLead.id", CanonicalEntities.Leads, "Id", lead.Id, mapped);
        foreach (var (column, c) in lead.Columns)
        {
            var path = $"{key}.convertedLead.columns.{column}";
            if (CanonicalEntities.Leads.Has(column))
            {
                Column(problems, path, CanonicalEntities.Leads, CanonicalEntities.Leads.Canonical(column), c, mapped);
            }
            else
            {
                problems.Add($"{path}: '{column}' is not a column of Lead.csv (allowed: {string.Join(", ", CanonicalEntities.Leads.Columns)})");
            }
        }
    }
}
