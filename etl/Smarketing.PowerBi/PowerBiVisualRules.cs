using System.Text.Json;

namespace Smarketing.PowerBi;

/// <summary>Rules for single visuals that Desktop accepts but that mislead the reader: a card that sets a title text must show
/// the title (cards hide it by default), and a line or area chart's category axis must not be a number such as a year-month key
/// (Power BI draws it as a continuous axis: 202412 and 202501 end up 89 units apart); use a date or a text column sorted by
/// a key.</summary>
public static class PowerBiVisualRules
{
    private static readonly HashSet<string> ContinuousAxisCharts = new(StringComparer.Ordinal) { "lineChart", "areaChart", "stackedAreaChart" };

    /// <summary>Adds the problems of one visual (the <c>visual</c> object of a visual.json) to <paramref name="problems"/>.</summary>
    public static void Check(string relative, JsonElement visual, IReadOnlyDictionary<string, TmdlNode> tables, List<string> problems)
    {
        var type = visual.TryGetProperty("visualType", out var t) ? t.GetString() : null;
        if (type == "card" && visual.TryGetProperty("visualContainerObjects", out var objects) && objects.TryGetProperty("title", out var titles))
        {
            foreach (var properties in titles.EnumerateArray().Select(x => x.GetProperty("properties")))
            {
                var shown = properties.TryGetProperty("show", out var show) && show.GetRawText().Contains("\"true\"", StringComparison.Ordinal);
                if (properties.TryGetProperty("text", out _) && !shown)
                {
                    problems.Add($"{relative}: the card sets a title text but does not show it (title.show: true)");
                }
            }
        }

        if (type is not null && ContinuousAxisCharts.Contains(type) && visual.TryGetProperty("query", out var query)
            && query.GetProperty("queryState").TryGetProperty("Category", out var category))
        {
            foreach (var column in category.GetProperty("projections").EnumerateArray()
                         .Select(p => p.GetProperty("field")).Where(f => f.TryGetProperty("Column", out _)).Select(f => f.GetProperty("Column")))
            {
                var entity = column.GetProperty("Expression").GetProperty("SourceRef").GetProperty("Entity").GetString()!;
                var property = column.GetProperty("Property").GetString()!;
                var dataType = tables.GetValueOrDefault(entity)?.ChildrenOf("column").FirstOrDefault(c => c.Name == property)?.Properties.GetValueOrDefault("dataType");
                if (dataType is "int64" or "double" or "decimal")
                {
                    problems.Add($"{relative}: the {type}'s axis is the number {TmdlName.Quote(entity)}[{property}], drawn as a continuous scale; "
                                 + "use a date column or a text column sorted by a key (sortByColumn)");
                }
            }
        }
    }
}
