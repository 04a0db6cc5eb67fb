using System.Text.Json;

namespace Smarketing.PowerBi;

/// <summary>Checks the report folder: definition.pbir points at the semantic model by path, the files follow the published
/// schemas' structure (<see cref="PbirStructure"/>), every field a visual binds (Entity/Property) exists as a column or measure of
/// the model and of the kind the visual names, and the visual rules of <see cref="PowerBiVisualRules"/> hold.</summary>
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

        PbirStructure.Check(projectFolder, problems);
        foreach (var file in Directory.EnumerateFiles(report, "visual.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(projectFolder, file).Replace('\\', '/');
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                foreach (var (kind, entity, property) in Fields(doc.RootElement, null))
                {
                    var table = tables.GetValueOrDefault(entity);
                    var isColumn = table?.ChildrenOf("column").Any(c => c.Name == property) == true;
                    var isMeasure = table?.ChildrenOf("measure").Any(m => m.Name == property) == true;
                    if (!isColumn && !isMeasure)
                    {
                        problems.Add($"{relative}: a visual binds {TmdlName.Quote(entity)}[{property}], which is not a column or measure of the model");
                    }
                    else if ((kind == "Measure" && !isMeasure) || (kind == "Column" && !isColumn))
                    {
                        problems.Add($"{relative}: a visual binds {TmdlName.Quote(entity)}[{property}] as a {kind}, but it is a {(isMeasure ? "measure" : "column")}");
                    }
                }

                if (doc.RootElement.TryGetProperty("visual", out var visual))
                {
                    PowerBiVisualRules.Check(relative, visual, tables, problems);
                }
            }
            catch (JsonException e)
            {
                problems.Add($"{relative}: not valid JSON ({e.Message})");
            }
        }
    }

    /// <summary>Every { "Expression": { "SourceRef": { "Entity": … } }, "Property": … } in a visual definition, with the key it
    /// stands under (Measure, Column, …: the kind of object the visual expects).</summary>
    private static IEnumerable<(string? Kind, string Entity, string Property)> Fields(JsonElement element, string? key)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("Property", out var property) && property.ValueKind == JsonValueKind.String
                && element.TryGetProperty("Expression", out var expression) && expression.TryGetProperty("SourceRef", out var source)
                && source.TryGetProperty("Entity", out var entity))
            {
                yield return (key, entity.GetString()!, property.GetString()!);
            }

            foreach (var child in element.EnumerateObject().SelectMany(p => Fields(p.Value, p.Name)))
            {
                yield return child;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(e => Fields(e, key)))
            {
                yield return child;
            }
        }
    }
}
