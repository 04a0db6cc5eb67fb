using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>The people (dw.DimLead keys) holding each opportunity's current contact roles (dw.FactOpportunityContactRole), for
/// the attribution contact modes that follow the buying group. Roles of contacts not in dw.DimLead (key 0) are left
/// out.</summary>
public sealed class ContactRoleCatalog
{
    internal const string Sql =
        "SELECT r.SalesforceOpportunityId, r.LeadKey, r.IsPrimary FROM dw.FactOpportunityContactRole AS r WHERE r.LeadKey <> 0 " +
        "ORDER BY r.SalesforceOpportunityId, r.LeadKey";

    private readonly Dictionary<string, (List<int> All, List<int> Primary)> byOpportunity = new(StringComparer.Ordinal);

    /// <summary>No roles at all (the contact modes fall back to the converted lead).</summary>
    public static ContactRoleCatalog Empty { get; } = new();

    /// <summary>Reads every opportunity's role holders.</summary>
    public static ContactRoleCatalog Load(IWarehouseLoader loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        var catalog = new ContactRoleCatalog();
        using var r = loader.Read(Sql);
        while (r.Read())
        {
            catalog.Add(r.Str(0)!, r.Int(1)!.Value, r.Bool(2) ?? false);
        }

        return catalog;
    }

    /// <summary>Adds one role holder (a person holding two roles on one deal is listed once).</summary>
    public void Add(string opportunityId, int leadKey, bool isPrimary)
    {
        if (!byOpportunity.TryGetValue(opportunityId, out var people))
        {
            byOpportunity[opportunityId] = people = ([], []);
        }

        if (!people.All.Contains(leadKey))
        {
            people.All.Add(leadKey);
        }

        if (isPrimary && !people.Primary.Contains(leadKey))
        {
            people.Primary.Add(leadKey);
        }
    }

    /// <summary>The holders of the opportunity's roles, primary or not (empty when it has none).</summary>
    public IReadOnlyList<int> All(string opportunityId) => byOpportunity.TryGetValue(opportunityId, out var p) ? p.All : [];

    /// <summary>The holder of the opportunity's primary role (Salesforce allows one; several are all kept; empty when
    /// none).</summary>
    public IReadOnlyList<int> Primary(string opportunityId) =>
        byOpportunity.TryGetValue(opportunityId, out var p) ? p.Primary : [];
}
