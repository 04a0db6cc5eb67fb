using System.Text.RegularExpressions;

namespace Smarketing.PowerBi;

/// <summary>Which tables of the model carry rep, lead or account data, and how each is secured: filtered by every role (a
/// tablePermission on it, or an active relationship chain from a filtered table — security filters flow from the one side to the
/// many side like any filter), or declared company-wide with <c>annotation SecurityScope = CompanyWide</c> (and listed in
/// docs/POWERBI.md), or neither — which the checker reports.</summary>
public static partial class RowLevelSecurity
{
    /// <summary>The annotation value that declares a table intentionally visible to every role.</summary>
    public const string CompanyWide = "CompanyWide";

    [GeneratedRegex(@"^(?:\w*(?:RepKey|LeadKey|AccountKey|Email)|SalesforceUserId|SalesforceLeadId|RepName|AccountName)$")]
    private static partial Regex PersonalSource();

    /// <summary>Table → its rep, lead or account columns (source names) and its scope: Filtered, CompanyWide or Unsecured.</summary>
    public static Dictionary<string, (List<string> Columns, string Scope)> PersonalTables(PowerBiProject project)
    {
        var roles = project.Objects.Where(o => o.Keyword == "role").ToList();
        var reached = roles.Select(r => Reach(project, r)).ToList();
        var result = new Dictionary<string, (List<string>, string)>(StringComparer.Ordinal);
        foreach (var table in project.Tables.Values)
        {
            var columns = table.ChildrenOf("column").Select(c => c.Properties.GetValueOrDefault("sourceColumn"))
                .OfType<string>().Where(s => PersonalSource().IsMatch(s)).ToList();
            if (columns.Count == 0 && !IsCompanyWide(table))
            {
                continue;
            }

            var scope = roles.Count > 0 && reached.All(r => r.Contains(table.Name)) ? "Filtered"
                : IsCompanyWide(table) ? CompanyWide : "Unsecured";
            result[table.Name] = (columns, scope);
        }

        return result;
    }

    /// <summary>The roles that do not filter <paramref name="table"/>.</summary>
    public static IEnumerable<string> RolesNotFiltering(PowerBiProject project, string table) =>
        project.Objects.Where(o => o.Keyword == "role").Where(r => !Reach(project, r).Contains(table)).Select(r => r.Name);

    private static bool IsCompanyWide(TmdlNode table) =>
        table.ChildrenOf("annotation").Any(a => a.Name == "SecurityScope" && a.Expression == CompanyWide);

    private static HashSet<string> Reach(PowerBiProject project, TmdlNode role)
    {
        var reached = role.ChildrenOf("tablePermission").Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var active = project.Relationships.Where(r => r.IsActive).ToList();
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var table))
        {
            foreach (var many in active.Where(r => r.ToTable == table).Select(r => r.FromTable))
            {
                if (reached.Add(many))
                {
                    queue.Enqueue(many);
                }
            }
        }

        return reached;
    }
}
