namespace Smarketing.PowerBi;

public static partial class PowerBiChecker
{
    /// <summary>Names Power BI Desktop refuses or users confuse: a measure name must be unique in the model, must not be a column
    /// of its own table (Desktop will not create the measure) and must not be a column of a table related to its own (the field
    /// list shows both side by side and an unqualified reference could mean either).</summary>
    private static void CheckNames(PowerBiProject project, IReadOnlyDictionary<string, TmdlNode> tables, List<string> problems)
    {
        var measures = tables.Values.SelectMany(t => t.ChildrenOf("measure").Select(m => (Table: t, Measure: m))).ToList();
        foreach (var group in measures.GroupBy(m => m.Measure.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"{group.Last().Measure.Where}: measure {TmdlName.Quote(group.Key)} is defined {group.Count()} times "
                         + $"({string.Join(", ", group.Select(g => TmdlName.Quote(g.Table.Name)))}); measure names are unique in the model");
        }

        var related = RelatedTables(project);
        foreach (var (table, measure) in measures)
        {
            var neighbours = new[] { table.Name }.Concat(related.GetValueOrDefault(table.Name) ?? []);
            foreach (var other in neighbours.Where(tables.ContainsKey).Distinct())
            {
                if (tables[other].ChildrenOf("column").Any(c => c.Name.Equals(measure.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add(other == table.Name
                        ? $"{measure.Where}: measure {TmdlName.Quote(measure.Name)} has the name of a column of its own table "
                          + $"{TmdlName.Quote(table.Name)}: Desktop refuses it; rename the measure or the column"
                        : $"{measure.Where}: measure {TmdlName.Quote(measure.Name)} has the name of a column of the related table "
                          + $"{TmdlName.Quote(other)}; rename one of them");
                }
            }
        }
    }

    /// <summary>Table name → the tables at the other end of its relationships (either direction).</summary>
    private static Dictionary<string, List<string>> RelatedTables(PowerBiProject project)
    {
        var related = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (from, to) in project.Relationships.Select(r => (r.FromTable, r.ToTable)))
        {
            (related.TryGetValue(from, out var a) ? a : related[from] = []).Add(to);
            (related.TryGetValue(to, out var b) ? b : related[to] = []).Add(from);
        }

        return related;
    }
}
