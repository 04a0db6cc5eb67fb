using System.Text.RegularExpressions;

namespace Smarketing.PowerBi;

public static partial class PowerBiChecker
{
    [GeneratedRegex(@"USERELATIONSHIP\s*\((?<a>[^,()]+),(?<b>[^()]+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex UseRelationship();

    /// <summary>Filter paths: Desktop deactivates (or refuses) a relationship that makes a second active path between two tables, so
    /// the model must have one active path at most from any table to any other; every inactive relationship must be used by a
    /// measure through USERELATIONSHIP, and USERELATIONSHIP must name an inactive relationship's two columns.</summary>
    private static void CheckPaths(PowerBiProject project, IReadOnlyDictionary<string, TmdlNode> tables, List<string> problems)
    {
        var relationships = project.Relationships;
        var active = relationships.Where(r => r.IsActive).ToList();
        foreach (var start in active.Select(r => r.FromTable).Distinct())
        {
            var paths = new Dictionary<string, int>(StringComparer.Ordinal);
            CountPaths(start, active, paths, [start]);
            foreach (var (target, count) in paths.Where(p => p.Value > 1).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var where = active.First(r => r.FromTable == start).Node.Where;
                problems.Add($"{where}: {count} active relationship paths lead from {TmdlName.Quote(start)} to {TmdlName.Quote(target)} "
                             + "(ambiguous: make all but one inactive and use USERELATIONSHIP)");
            }
        }

        var used = new HashSet<ModelRelationship>();
        foreach (var measure in tables.Values.SelectMany(t => t.ChildrenOf("measure")))
        {
            foreach (Match call in UseRelationship().Matches(measure.Expression ?? ""))
            {
                var a = DaxReferences.In(call.Groups["a"].Value).FirstOrDefault();
                var b = DaxReferences.In(call.Groups["b"].Value).FirstOrDefault();
                var relationship = a.Table is null || b.Table is null ? null
                    : relationships.FirstOrDefault(r => r.Joins(a.Table, a.Name, b.Table, b.Name));
                if (relationship is null)
                {
                    problems.Add($"{measure.Where}: {call.Value} in {TmdlName.Quote(measure.Name)} names no relationship of the model");
                }
                else if (relationship.IsActive)
                {
                    problems.Add($"{measure.Where}: {call.Value} in {TmdlName.Quote(measure.Name)} names an active relationship "
                                 + "(USERELATIONSHIP is for inactive ones)");
                }
                else
                {
                    used.Add(relationship);
                }
            }
        }

        problems.AddRange(relationships.Where(r => !r.IsActive && !used.Contains(r)).Select(r =>
            $"{r.Node.Where}: inactive relationship {r.FromTable}.{r.FromColumn} → {r.ToTable}.{r.ToColumn} is used by no measure (USERELATIONSHIP)"));
    }

    private static void CountPaths(string table, List<ModelRelationship> active, Dictionary<string, int> paths, List<string> visited)
    {
        foreach (var next in active.Where(r => r.FromTable == table).Select(r => r.ToTable))
        {
            if (visited.Contains(next))
            {
                continue;
            }

            paths[next] = paths.GetValueOrDefault(next) + 1;
            visited.Add(next);
            CountPaths(next, active, paths, visited);
            visited.RemoveAt(visited.Count - 1);
        }
    }

    /// <summary>A measure of a table related to the date table says which of its dates it follows, on a description line
    /// <c>Date: …</c>, because role-playing dates make "bookings in March" mean different things.</summary>
    private static void CheckMeasureDates(PowerBiProject project, IReadOnlyDictionary<string, TmdlNode> tables, List<string> problems)
    {
        var dateTables = tables.Values.Where(t => t.Properties.GetValueOrDefault("dataCategory") == "Time").Select(t => t.Name).ToHashSet();
        var dated = project.Relationships.Where(r => dateTables.Contains(r.ToTable)).Select(r => r.FromTable).ToHashSet();
        foreach (var table in tables.Values.Where(t => dated.Contains(t.Name)))
        {
            problems.AddRange(table.ChildrenOf("measure")
                .Where(m => !(m.Description ?? "").Split('\n').Any(l => l.StartsWith("Date: ", StringComparison.Ordinal)))
                .Select(m => $"{m.Where}: measure {TmdlName.Quote(m.Name)} of a table related to the date table needs a description line "
                             + "'Date: …' saying which date it follows"));
        }
    }
}
