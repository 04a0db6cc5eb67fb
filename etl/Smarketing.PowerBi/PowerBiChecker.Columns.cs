using System.Text.RegularExpressions;

namespace Smarketing.PowerBi;

public static partial class PowerBiChecker
{
    /// <summary>Numbers that must not be added up by default: keys, calendar parts and year-month keys, sequence numbers,
    /// probabilities, rates, weights, scores and averages (a sum of them means nothing).</summary>
    [GeneratedRegex(@"(?:Key|Year|Month|Quarter|Week|DayOfMonth|DayOfYear|DayOfWeek|Number|Probability|Rate|RateIncludingOpen|Percent|Score|Attainment|ToCac|Weight|Cac)$|^(?:Avg|Median|P90)")]
    private static partial Regex NonAdditiveSource();

    /// <summary>Text labels of calendar parts, which sort alphabetically (April before January) unless sorted by a number.</summary>
    [GeneratedRegex(@"(?:Month|Day|Quarter|YearMonth)(?:Short)?Name$")]
    private static partial Regex CalendarLabelSource();

    /// <summary>Column conventions: sortByColumn names a column of the same table and calendar labels have one; non-additive
    /// numbers are <c>summarizeBy: none</c>; a dimension's key on the one side of a relationship is <c>isKey</c> (the date
    /// table's key is its date column); a visible calculated column has a description (no view gives it one).</summary>
    private static void CheckColumns(PowerBiProject project, IReadOnlyDictionary<string, TmdlNode> tables, List<string> problems)
    {
        var oneSides = project.Relationships.Select(r => (r.ToTable, r.ToColumn)).ToHashSet();
        foreach (var table in tables.Values)
        {
            var isDateTable = table.Properties.GetValueOrDefault("dataCategory") == "Time";
            foreach (var column in table.ChildrenOf("column"))
            {
                var name = TmdlName.Quote(table.Name) + "[" + column.Name + "]";
                var source = column.Properties.GetValueOrDefault("sourceColumn") ?? "";
                var dataType = column.Properties.GetValueOrDefault("dataType");
                if (column.Properties.GetValueOrDefault("sortByColumn") is { } sortBy)
                {
                    var (sortName, _, error) = TmdlName.Read(sortBy);
                    if (error is not null || table.ChildrenOf("column").All(c => c.Name != sortName))
                    {
                        problems.Add($"{column.Where}: {name} sorts by {sortBy}, which is not a column of {TmdlName.Quote(table.Name)}");
                    }
                }
                else if (dataType == "string" && CalendarLabelSource().IsMatch(source))
                {
                    problems.Add($"{column.Where}: {name} is a calendar label and needs sortByColumn (else it sorts alphabetically)");
                }

                if (dataType is "int64" or "double" or "decimal" && NonAdditiveSource().IsMatch(source)
                    && column.Properties.GetValueOrDefault("summarizeBy") != "none")
                {
                    problems.Add($"{column.Where}: {name} ({source}) is not additive: set summarizeBy: none");
                }

                if (!isDateTable && oneSides.Contains((table.Name, column.Name)) && !column.Properties.ContainsKey("isKey"))
                {
                    problems.Add($"{column.Where}: {name} is the one side of a relationship: mark it isKey");
                }

                var visible = !column.Properties.ContainsKey("isHidden");
                if (column.Expression is not null && visible && string.IsNullOrWhiteSpace(column.Description))
                {
                    problems.Add($"{column.Where}: visible calculated column {name} needs a description (/// lines above it)");
                }
            }
        }
    }
}
