namespace Smarketing.PowerBi;

/// <summary>A PBIP folder read from disk: every TMDL object of the semantic model, and the report's JSON files.</summary>
public sealed class PowerBiProject
{
    /// <summary>The semantic model folder name.</summary>
    public const string SemanticModel = "Smarketing.SemanticModel";

    /// <summary>The report folder name.</summary>
    public const string Report = "Smarketing.Report";

    /// <summary>Top-level TMDL objects of all files.</summary>
    public List<TmdlNode> Objects { get; } = [];

    /// <summary>Syntax problems found while parsing.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The project folder.</summary>
    public required string Folder { get; init; }

    /// <summary>Tables by name.</summary>
    public IReadOnlyDictionary<string, TmdlNode> Tables => Objects.Where(o => o.Keyword == "table").GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());

    /// <summary>The relationships whose two ends parse as <c>Table.Column</c>.</summary>
    public List<ModelRelationship> Relationships => Objects.Where(o => o.Keyword == "relationship").Select(r =>
    {
        var (fromTable, fromColumn, e1) = TmdlName.Qualified(r.Properties.GetValueOrDefault("fromColumn") ?? "");
        var (toTable, toColumn, e2) = TmdlName.Qualified(r.Properties.GetValueOrDefault("toColumn") ?? "");
        return e1 is null && e2 is null && fromTable is not null && toTable is not null
            ? new ModelRelationship(r, fromTable, fromColumn!, toTable, toColumn!, r.Properties.GetValueOrDefault("isActive") != "false")
            : null;
    }).OfType<ModelRelationship>().ToList();

    /// <summary>Reads every .tmdl file under the semantic model's definition folder.</summary>
    public static PowerBiProject Load(string folder)
    {
        var project = new PowerBiProject { Folder = folder };
        var definition = Path.Combine(folder, SemanticModel, "definition");
        if (!Directory.Exists(definition))
        {
            project.Problems.Add($"{definition}: the semantic model's definition folder is missing");
            return project;
        }

        foreach (var file in Directory.EnumerateFiles(definition, "*.tmdl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var (roots, problems) = TmdlDocument.Parse(relative, File.ReadAllText(file));
            project.Objects.AddRange(roots);
            project.Problems.AddRange(problems);
        }

        return project;
    }
}
