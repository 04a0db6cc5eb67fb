using System.Text.RegularExpressions;

namespace Smarketing.PowerBi;

/// <summary>Keeps the TMDL descriptions of visible columns equal to their view's column comments (<see cref="ViewColumnComments"/>):
/// <see cref="Differences"/> lists what is out of step (the checker reports it), <see cref="Sync"/> rewrites the <c>///</c> lines.</summary>
public static partial class TmdlDescriptions
{
    [GeneratedRegex("Item=\"(?<item>\\w+)\"")]
    private static partial Regex Item();

    /// <summary>(column, expected description or null when the view documents nothing for it) of every visible column of a table whose
    /// view has a Columns block, where the TMDL description differs; and of every visible column without a description in a
    /// table whose view has no block, since every visible column must explain itself in Power BI's field list.</summary>
    public static IEnumerable<(TmdlNode Table, TmdlNode Column, string? Expected)> Differences(PowerBiProject project, string viewsFolder)
    {
        var comments = ViewColumnComments.Read(viewsFolder);
        foreach (var table in project.Tables.Values)
        {
            var source = table.ChildrenOf("partition").FirstOrDefault()?.Properties.GetValueOrDefault("source") ?? "";
            var view = Item().Match(source).Groups["item"].Value;
            var visible = table.ChildrenOf("column").Where(c => !c.Properties.ContainsKey("isHidden") && c.Expression is null);
            if (!comments.TryGetValue(view, out var documented) || documented.Count == 0)
            {
                foreach (var column in visible.Where(c => string.IsNullOrWhiteSpace(c.Description)))
                {
                    yield return (table, column, null);
                }

                continue;
            }

            foreach (var column in visible)
            {
                var expected = documented.GetValueOrDefault(column.Properties.GetValueOrDefault("sourceColumn") ?? "");
                if (expected is null || column.Description != expected)
                {
                    yield return (table, column, expected);
                }
            }
        }
    }

    /// <summary>Writes each documented visible column's description into its .tmdl file; returns the files changed.</summary>
    public static List<string> Sync(string projectFolder, string viewsFolder)
    {
        var changes = Differences(PowerBiProject.Load(projectFolder), viewsFolder).Where(d => d.Expected is not null)
            .GroupBy(d => d.Column.File).ToList();
        foreach (var file in changes)
        {
            var path = Path.Combine(projectFolder, file.Key);
            var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
            foreach (var (_, column, expected) in file.OrderByDescending(d => d.Column.Line))
            {
                var at = column.Line - 1;
                var start = at;
                while (start > 0 && lines[start - 1].TrimStart('\t').StartsWith("///", StringComparison.Ordinal))
                {
                    start--;
                }

                lines.RemoveRange(start, at - start);
                lines.Insert(start, "\t/// " + expected);
            }

            File.WriteAllText(path, string.Join("\n", lines));
        }

        return changes.Select(c => c.Key).ToList();
    }
}
