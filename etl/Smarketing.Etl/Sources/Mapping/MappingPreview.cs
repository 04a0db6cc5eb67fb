using System.Globalization;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms;

namespace Smarketing.Etl.Sources.Mapping;

/// <summary>What a run with a funnel configuration will make of the mapped leads, read back from the canonical files: the
/// persona, channel and stage distribution. It answers "will my leads be Unclassified?" before anything is loaded. Personas
/// use the pipeline's own classifier; the channel is the lead source unless the campaign response that created the lead says
/// otherwise, so campaign types the configuration does not know (they become "Other") are listed.</summary>
public static class MappingPreview
{
    /// <summary>One line per distribution, plus warnings, e.g. <c>persona: Unclassified 7 of 7 leads (100%)</c>.</summary>
    public static IReadOnlyList<string> Describe(NormalizationResult result, FunnelConfiguration configuration)
    {
        var leads = Read(result.OutputDirectory, CanonicalEntities.Leads);
        if (leads.Count == 0)
        {
            return ["no leads were mapped: every distribution is empty"];
        }

        var lines = new List<string>();
        var classifier = new PersonaClassifier(configuration.Personas);
        var personas = leads.Select(l => classifier.Classify(Text(l["Title"]), Text(l["Industry"]),
            int.TryParse(l["NumberOfEmployees"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null))
            .ToList();
        lines.Add(Distribution("persona", personas, leads.Count));
        if (personas.All(p => p == PersonaClassifier.Unclassified))
        {
            lines.Add("warning: no lead matches a persona of the configuration: map Title (or Industry) onto values its " +
                      "personas' titlePatterns recognise, or adapt personas in the funnel configuration (docs/CONFIGURATION.md)");
        }

        lines.Add(Distribution("channel (lead source)", leads.Select(l => Text(l["LeadSource"]) ?? "Unknown"), leads.Count));
        var known = configuration.CampaignChannels;
        var unknownTypes = Read(result.OutputDirectory, CanonicalEntities.Campaigns).Select(c => c["Type"])
            .Where(t => t.Length > 0 && !known.ContainsKey(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .ToList();
        if (unknownTypes.Count > 0)
        {
            lines.Add($"warning: campaign types without a channel in campaignChannels: {string.Join(", ", unknownTypes)}; " +
                      "a lead created " +
                      "by a response to such a campaign gets the channel \"Other\" instead of its lead source");
        }

        var statuses = leads.Select(l => Stage(configuration.Mappings.LeadStatus, l["Status"]));
        lines.Add(Distribution("current stage (Status)", statuses, leads.Count));
        var reached = Read(result.OutputDirectory, CanonicalEntities.StageChanges)
            .Where(h => h["Field"].Equals("Status", StringComparison.OrdinalIgnoreCase))
            .GroupBy(h => Stage(configuration.Mappings.LeadStatus, h["NewValue"]))
            .Select(g => (Stage: g.Key, Leads: g.Select(h => h["LeadId"]).Distinct(StringComparer.Ordinal).Count())).ToList();
        if (reached.Count > 0)
        {
            lines.Add("leads reaching each stage (status history): " +
                      string.Join(", ", reached.OrderByDescending(r => r.Leads).ThenBy(r => r.Stage, StringComparer.Ordinal)
                          .Select(r => $"{r.Stage} {r.Leads}")));
        }

        var opportunities = Read(result.OutputDirectory, CanonicalEntities.Opportunities);
        if (opportunities.Count > 0)
        {
            var stages = opportunities.Select(o => Stage(configuration.Mappings.OpportunityStage, o["StageName"]));
            lines.Add(Distribution("opportunity stage", stages, opportunities.Count, "opportunities"));
        }

        return lines;
    }

    private static string Stage(Dictionary<string, string?> mapping, string value) =>
        value.Length == 0 ? "(empty)"
        : mapping.FirstOrDefault(kv => kv.Key.Equals(value, StringComparison.OrdinalIgnoreCase)) is { Key: not null } hit
            ? hit.Value ?? $"({value}: no stage of its own)"
            : $"Unmapped ('{value}')";

    private static string Distribution(string what, IEnumerable<string> values, int total, string unit = "leads") =>
        $"{what}: " + string.Join(", ", values.GroupBy(v => v).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")) + $" (of {total} {unit})";

    private static string? Text(string value) => value.Trim().Length == 0 ? null : value;

    private static List<Dictionary<string, string>> Read(string folder, CanonicalEntity entity)
    {
        var path = Path.Combine(folder, entity.FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        var table = SourceTable.Read(path);
        return table.Rows
            .Select(r => table.Headers.Zip(r.Values).ToDictionary(p => p.First, p => p.Second, StringComparer.OrdinalIgnoreCase))
            .ToList();
    }
}
