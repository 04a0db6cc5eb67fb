namespace Smarketing.Etl.Sources.Mapping;

/// <summary>One canonical landing file (docs/SOURCES.md) a mapping can produce, with what the mapping needs to know about it.</summary>
/// <param name="Key">The mapping file's property for it, e.g. <c>leads</c>.</param>
/// <param name="FileName">Canonical file written, e.g. Lead.csv.</param>
/// <param name="Columns">The canonical header, in docs/SOURCES.md order.</param>
/// <param name="IdPrefix">Salesforce-style key prefix of generated ids (e.g. 00Q for leads); null for Marketo files.</param>
/// <param name="DateColumns">Date-only columns (written yyyy-MM-dd, never shifted by a time zone).</param>
/// <param name="DateTimeColumns">Instant columns (written ISO-8601 UTC).</param>
public sealed record CanonicalEntity(string Key, string FileName, IReadOnlyList<string> Columns, string? IdPrefix,
    IReadOnlyList<string> DateColumns, IReadOnlyList<string> DateTimeColumns)
{
    /// <summary>The key column (Id, or marketoGUID for activities).</summary>
    public string IdColumn => Columns[0];

    /// <summary>For stage-change entities: the columns a <c>stageDates</c> row fills (new value, old value, date); null otherwise.</summary>
    public (string NewValue, string? OldValue, string Date)? StageColumns { get; init; }

    /// <summary>Position of canonical column <paramref name="column"/> (case-insensitive), or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Equals(column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="column"/> is a canonical column (case-insensitive).</summary>
    public bool Has(string column) => Columns.Contains(column, StringComparer.OrdinalIgnoreCase);

    /// <summary>The canonical spelling of <paramref name="column"/>.</summary>
    public string Canonical(string column) => Columns.First(c => c.Equals(column, StringComparison.OrdinalIgnoreCase));
}
