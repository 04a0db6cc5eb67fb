using Smarketing.Etl.Sources;

namespace Smarketing.Etl.Tests.Generation;

/// <summary>How to tell the records of an export file apart and which column says when a row last changed (docs/SOURCES.md).</summary>
internal static class DeltaExtracts
{
    /// <summary>File → (key column, version column): SystemModstamp for records that change, CreatedDate / activityDate for rows that never do.</summary>
    public static readonly IReadOnlyDictionary<string, (string Key, string Version)> Files = new Dictionary<string, (string, string)>
    {
        ["User.csv"] = ("Id", "SystemModstamp"), ["Lead.csv"] = ("Id", "SystemModstamp"), ["LeadHistory.csv"] = ("Id", "CreatedDate"),
        ["Contact.csv"] = ("Id", "SystemModstamp"), ["Account.csv"] = ("Id", "SystemModstamp"), ["Opportunity.csv"] = ("Id", "SystemModstamp"),
        ["OpportunityHistory.csv"] = ("Id", "CreatedDate"), ["Campaign.csv"] = ("Id", "SystemModstamp"), ["CampaignMember.csv"] = ("Id", "SystemModstamp"),
        ["Task.csv"] = ("Id", "SystemModstamp"), ["MarketoActivities.csv"] = ("marketoGUID", "activityDate"), ["MarketoLeads.csv"] = ("id", "updatedAt"),
        ["OpportunityContactRole.csv"] = ("Id", "SystemModstamp"),
    };

    public static DateTime Instant(string? text) =>
        FieldParser.TryDateTimeUtc(text ?? string.Empty, out var utc) ? utc : throw new FormatException($"'{text}' is not an instant");

    /// <summary>Each row of <paramref name="file"/> with when it last changed. A deleted history row changed when its lead was deleted
    /// (the lead's SystemModstamp), as Salesforce's getDeleted reports it.</summary>
    public static IEnumerable<(string?[] Row, DateTime Version)> Versions(GeneratedExports exports, string file)
    {
        var table = exports[file];
        var column = table.Column(Files[file].Version);
        var leads = file == "LeadHistory.csv" ? Current(exports, "Lead.csv") : null;
        int stamp = exports["Lead.csv"].Column("SystemModstamp"), deleted = table.Columns.Contains("IsDeleted") ? table.Column("IsDeleted") : -1;
        foreach (var row in table.Rows)
        {
            var version = Instant(row[column]);
            if (leads is not null && row[deleted] == "true" && leads.TryGetValue(row[table.Column("LeadId")]!, out var lead)
                && Instant(lead[stamp]) is var at && at > version)
            {
                version = at;
            }

            yield return (row, version);
        }
    }

    /// <summary>One row per record: the newest version (a repeated, older copy of a row is not a record of its own).</summary>
    public static Dictionary<string, string?[]> Current(GeneratedExports exports, string file)
    {
        var table = exports[file];
        int key = table.Column(Files[file].Key), version = table.Column(Files[file].Version);
        return table.Rows.GroupBy(r => r[key]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => Instant(r[version]))!, StringComparer.Ordinal);
    }
}
