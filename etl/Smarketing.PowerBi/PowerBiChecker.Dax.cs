namespace Smarketing.PowerBi;

public static partial class PowerBiChecker
{
    private static TmdlNode? Column(IReadOnlyDictionary<string, TmdlNode> tables, string? table, string column) =>
        table is not null && tables.TryGetValue(table, out var t) ? t.ChildrenOf("column").FirstOrDefault(c => c.Name == column) : null;

    private static void CheckRelationships(PowerBiProject project, IReadOnlyDictionary<string, TmdlNode> tables, List<string> problems)
    {
        foreach (var relationship in project.Objects.Where(o => o.Keyword == "relationship"))
        {
            var ends = new[] { "fromColumn", "toColumn" }.Select(end =>
            {
                var (table, column, error) = TmdlName.Qualified(relationship.Properties.GetValueOrDefault(end) ?? "");
                var found = error is null && column is not null ? Column(tables, table, column) : null;
                if (found is null)
                {
                    problems.Add($"{relationship.Where}: {end} {relationship.Properties.GetValueOrDefault(end)} is not an existing Table.Column{(error is null ? "" : $" ({error})")}");
                }

                return found;
            }).ToArray();
            if (ends[0] is { } from && ends[1] is { } to)
            {
                if (from.Properties.GetValueOrDefault("dataType") != to.Properties.GetValueOrDefault("dataType"))
                {
                    problems.Add($"{relationship.Where}: relationship joins {from.Properties.GetValueOrDefault("dataType")} {relationship.Properties["fromColumn"]} to {to.Properties.GetValueOrDefault("dataType")} {relationship.Properties["toColumn"]}");
                }

                // Best Practice Analyzer: hide foreign keys (the many side); a dimension's own key may stay visible when it is a
                // business identifier (Rep[Salesforce user ID]).
                if (!from.Properties.ContainsKey("isHidden"))
                {
                    problems.Add($"{from.Where}: foreign key column {TmdlName.Quote(from.Name)} used by a relationship should be hidden (isHidden)");
                }
            }

            if (relationship.Properties.GetValueOrDefault("crossFilteringBehavior") == "bothDirections")
            {
                problems.Add($"{relationship.Where}: relationships filter in one direction (remove crossFilteringBehavior: bothDirections)");
            }
        }
    }

    private static void CheckMeasures(IReadOnlyDictionary<string, TmdlNode> tables, List<string> problems)
    {
        var measures = tables.Values.SelectMany(t => t.ChildrenOf("measure")).Select(m => m.Name).ToHashSet();
        foreach (var table in tables.Values)
        {
            foreach (var measure in table.ChildrenOf("measure"))
            {
                if (!measure.Properties.ContainsKey("formatString") && !measure.Properties.ContainsKey("formatStringDefinition"))
                {
                    problems.Add($"{measure.Where}: measure {TmdlName.Quote(measure.Name)} has no formatString");
                }

                CheckDax(measure, measure.Expression ?? "", table, tables, measures, problems);
            }

            foreach (var calculated in table.ChildrenOf("column").Where(c => c.Expression is not null))
            {
                CheckDax(calculated, calculated.Expression!, table, tables, measures, problems);
            }
        }
    }

    private static void CheckRoles(PowerBiProject project, IReadOnlyDictionary<string, TmdlNode> tables, List<string> problems)
    {
        var measures = tables.Values.SelectMany(t => t.ChildrenOf("measure")).Select(m => m.Name).ToHashSet();
        foreach (var permission in project.Objects.Where(o => o.Keyword == "role").SelectMany(r => r.ChildrenOf("tablePermission")))
        {
            if (!tables.TryGetValue(permission.Name, out var table))
            {
                problems.Add($"{permission.Where}: tablePermission on missing table {TmdlName.Quote(permission.Name)}");
                continue;
            }

            CheckDax(permission, permission.Expression ?? "", table, tables, measures, problems);
        }
    }

    /// <summary>References resolve, and follow the Best Practice Analyzer's qualification rules so a reference has one meaning:
    /// a column is written with its table (<c>'Table'[Column]</c>), a measure without (<c>[Measure]</c>).</summary>
    private static void CheckDax(TmdlNode owner, string dax, TmdlNode host, IReadOnlyDictionary<string, TmdlNode> tables, HashSet<string> measures, List<string> problems)
    {
        foreach (var (table, name) in DaxReferences.In(dax))
        {
            if (table is null)
            {
                var column = Column(tables, host.Name, name);
                if (measures.Contains(name) && column is not null)
                {
                    problems.Add($"{owner.Where}: [{name}] in {TmdlName.Quote(owner.Name)} is ambiguous: both a measure and a column of {TmdlName.Quote(host.Name)}");
                }
                else if (!measures.Contains(name) && column is null)
                {
                    problems.Add($"{owner.Where}: [{name}] in {TmdlName.Quote(owner.Name)} is neither a measure nor a column of {TmdlName.Quote(host.Name)}");
                }
                else if (column is not null)
                {
                    problems.Add($"{owner.Where}: column reference [{name}] in {TmdlName.Quote(owner.Name)} must be qualified: {TmdlName.Quote(host.Name)}[{name}]");
                }
            }
            else if (!tables.ContainsKey(table))
            {
                problems.Add($"{owner.Where}: {TmdlName.Quote(owner.Name)} refers to missing table {TmdlName.Quote(table)}");
            }
            else if (Column(tables, table, name) is null)
            {
                problems.Add(tables[table].ChildrenOf("measure").Any(m => m.Name == name)
                    ? $"{owner.Where}: measure reference {TmdlName.Quote(table)}[{name}] in {TmdlName.Quote(owner.Name)} must be unqualified: [{name}]"
                    : $"{owner.Where}: {TmdlName.Quote(owner.Name)} refers to missing column or measure {TmdlName.Quote(table)}[{name}]");
            }
        }
    }
}
