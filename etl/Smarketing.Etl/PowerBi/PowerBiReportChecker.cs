using System.Text.Json;

namespace Smarketing.Etl.PowerBi;

/// <summary>Checks the report folder: definition.pbir points at the semantic model by path, every page and visual JSON parses,
/// and every field a visual binds (Entity/Property) exists as a column or measure of the model.</summary>
public static class PowerBiReportChecker
{
    /// <summary>Adds the report's problems to <paramref name="problems"/>.</summary>
    public static void Check(string projectFolder, IReadOnlyDictionary<string, TmdlNode> tables, List<string> problems)
    {
        var report = Path.Combine(projectFolder, PowerBiProject.Report);
        var pbir = Path.Combine(report, "definition.pbir");
        if (!File.Exists(pbir))
        {
            problems.Add($"{PowerBiProject.Report}/definition.pbir is missing");
            return;
        }

        using (var doc = JsonDocument.Parse(File.ReadAllText(pbir)))
        {
            var path = doc.RootElement.TryGetProperty("datasetReference", out var reference) && reference.TryGetProperty("byPath", out var byPath)
                ? byPath.GetProperty("path").GetString() : null;
            if (path != $"../{PowerBiProject.SemanticModel}")
            {
                problems.Add($"{PowerBiProject.Report}/definition.pbir: datasetReference.byPath.path must be ../{PowerBiProject.SemanticModel} (is '{path}')");
            }
        }

        foreach (var file in Directory.EnumerateFiles(report, "*.json", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(projectFolder, file).Replace('\\', '/');
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                foreach (var (entity, property) in Fields(doc.RootElement))
                {
                    var exists = tables.TryGetValue(entity, out var table)
                                 && (table.ChildrenOf("column").Any(c => c.Name == property) || table.ChildrenOf("measure").Any(m => m.Name == property));
                    if (!exists)
                    {
                        problems.Add($"{relative}: a visual binds {TmdlName.Quote(entity)}[{property}], which is not a column or measure of the model");
                    }
                }
            }
            catch (JsonException e)
            {
                problems.Add($"{relative}: not valid JSON ({e.Message})");
            }
        }
    }

    /// <summary>Every { "Expression": { "SourceRef": { "Entity": … } }, "Property": … } pair in a visual definition.</summary>
    private static IEnumerable<(string Entity, string Property)> Fields(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("Property", out var property) && property.ValueKind == JsonValueKind.String
                && element.TryGetProperty("Expression", out var expression) && expression.TryGetProperty("SourceRef", out var source)
                && source.TryGetProperty("Entity", out var entity))
            {
                yield return (entity.GetString()!, property.GetString()!);
            }

            foreach (var child in element.EnumerateObject().SelectMany(p => Fields(p.Value)))
            {
                yield return child;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(Fields))
            {
                yield return child;
            }
        }
    }
}
