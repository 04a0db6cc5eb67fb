using System.Text.Json;
using System.Text.RegularExpressions;

namespace Smarketing.PowerBi;

/// <summary>The structural rules of the published Fabric JSON schemas the project's files name, encoded (not copied): every file
/// names the schema of its kind in <c>$schema</c>, at a version the rules below were written for, and has that schema's required
/// properties; the item folders carry <c>.platform</c> files and the project a <c>.gitignore</c> for Desktop's local <c>.pbi/</c>
/// folders; a base theme of type SharedResources is listed in <c>resourcePackages</c> and shipped under <c>StaticResources</c>.</summary>
public static partial class PbirStructure
{
    private const string Fabric = "https://developer.microsoft.com/json-schemas/fabric/";

    [GeneratedRegex(@"^https://developer\.microsoft\.com/json-schemas/fabric/(?<kind>.+)/(?<version>\d+\.\d+\.\d+)/schema\.json$")]
    private static partial Regex SchemaUrl();

    /// <summary>File name → (schema kind, major versions these rules know, required top-level properties).</summary>
    private static readonly Dictionary<string, (string Kind, int[] Majors, string[] Required)> Kinds = new(StringComparer.Ordinal)
    {
        ["Smarketing.pbip"] = ("pbip/pbipProperties", [1], ["version", "artifacts"]),
        ["definition.pbir"] = ("item/report/definitionProperties", [1, 2], ["version", "datasetReference"]),
        ["definition.pbism"] = ("item/semanticModel/definitionProperties", [1], ["version"]),
        [".platform"] = ("gitIntegration/platformProperties", [2], ["metadata", "config"]),
        ["report.json"] = ("item/report/definition/report", [1, 2, 3], ["themeCollection"]),
        ["version.json"] = ("item/report/definition/versionMetadata", [1], ["version"]),
        ["pages.json"] = ("item/report/definition/pagesMetadata", [1], ["pageOrder"]),
        ["page.json"] = ("item/report/definition/page", [1, 2], ["name", "displayName", "displayOption"]),
        ["visual.json"] = ("item/report/definition/visualContainer", [1, 2], ["name", "position"]),
    };

    /// <summary>Adds the structural problems of the project's JSON files to <paramref name="problems"/>.</summary>
    public static void Check(string projectFolder, List<string> problems)
    {
        foreach (var item in new[] { PowerBiProject.Report, PowerBiProject.SemanticModel })
        {
            if (!File.Exists(Path.Combine(projectFolder, item, ".platform")))
            {
                problems.Add($"{item}/.platform is missing (metadata.type, displayName and config.logicalId of the item)");
            }
        }

        var gitignore = Path.Combine(projectFolder, ".gitignore");
        if (!File.Exists(gitignore) || !File.ReadAllLines(gitignore).Any(l => l.Trim().TrimStart('*', '/').StartsWith(".pbi/", StringComparison.Ordinal)))
        {
            problems.Add(".gitignore must ignore Desktop's local settings and cache (**/.pbi/localSettings.json, **/.pbi/cache.abf)");
        }

        var files = Directory.EnumerateFiles(projectFolder, "*", SearchOption.AllDirectories)
            .Where(f => Kinds.ContainsKey(Path.GetFileName(f)) && !f.Contains($"{Path.DirectorySeparatorChar}.pbi{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(projectFolder, file).Replace('\\', '/');
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                CheckFile(relative, Kinds[Path.GetFileName(file)], doc.RootElement, problems);
                if (Path.GetFileName(file) == "report.json")
                {
                    CheckTheme(projectFolder, relative, doc.RootElement, problems);
                }
                else if (Path.GetFileName(file) == "pages.json")
                {
                    CheckPageOrder(Path.GetDirectoryName(file)!, relative, doc.RootElement, problems);
                }
            }
            catch (JsonException e)
            {
                problems.Add($"{relative}: not valid JSON ({e.Message})");
            }
        }
    }

    private static void CheckFile(string relative, (string Kind, int[] Majors, string[] Required) rule, JsonElement root, List<string> problems)
    {
        var schema = root.TryGetProperty("$schema", out var s) ? s.GetString() ?? "" : "";
        var match = SchemaUrl().Match(schema);
        if (schema.Length == 0)
        {
            problems.Add($"{relative}: $schema is missing (expected {Fabric}{rule.Kind}/<version>/schema.json)");
        }
        else if (!match.Success || match.Groups["kind"].Value != rule.Kind)
        {
            problems.Add($"{relative}: $schema '{schema}' is not the schema of this file ({Fabric}{rule.Kind}/<version>/schema.json)");
        }
        else if (!rule.Majors.Contains(int.Parse(match.Groups["version"].Value.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture)))
        {
            problems.Add($"{relative}: schema version {match.Groups["version"].Value} of {rule.Kind} is not one the checker knows "
                         + $"({string.Join(", ", rule.Majors.Select(m => $"{m}.x"))}); check the file against it and update PbirStructure");
        }

        problems.AddRange(rule.Required.Where(p => !root.TryGetProperty(p, out _)).Select(p => $"{relative}: required property '{p}' is missing"));
        if (rule.Kind.EndsWith("visualContainer", StringComparison.Ordinal))
        {
            if (root.TryGetProperty("position", out var position))
            {
                problems.AddRange(new[] { "x", "y", "width", "height" }.Where(p => !position.TryGetProperty(p, out _))
                    .Select(p => $"{relative}: position.{p} is missing"));
            }

            var visualType = root.TryGetProperty("visual", out var visual) && visual.TryGetProperty("visualType", out var type) ? type.GetString() : null;
            if (visualType is null && !root.TryGetProperty("visualGroup", out _))
            {
                problems.Add($"{relative}: a visual container needs visual.visualType (or a visualGroup)");
            }
        }

        if (rule.Kind == "item/semanticModel/definitionProperties" && root.TryGetProperty("version", out var version)
            && !(double.TryParse(version.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var v) && v >= 4.0))
        {
            problems.Add($"{relative}: version {version} cannot hold a TMDL definition folder (4.0 or later)");
        }
    }

    private static void CheckTheme(string projectFolder, string relative, JsonElement report, List<string> problems)
    {
        if (!report.TryGetProperty("themeCollection", out var themes) || !themes.TryGetProperty("baseTheme", out var baseTheme)
            || baseTheme.GetProperty("type").GetString() != "SharedResources")
        {
            return;
        }

        var name = baseTheme.GetProperty("name").GetString();
        var item = report.TryGetProperty("resourcePackages", out var packages)
            ? packages.EnumerateArray().Where(p => p.GetProperty("type").GetString() == "SharedResources")
                .SelectMany(p => p.GetProperty("items").EnumerateArray())
                .FirstOrDefault(i => i.GetProperty("name").GetString() == name && i.GetProperty("type").GetString() == "BaseTheme")
            : default;
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{relative}: base theme '{name}' is not listed in resourcePackages (SharedResources item of type BaseTheme)");
            return;
        }

        var path = Path.Combine(projectFolder, PowerBiProject.Report, "StaticResources", "SharedResources", item.GetProperty("path").GetString()!);
        if (!File.Exists(path))
        {
            problems.Add($"{relative}: base theme '{name}' has no file {Path.GetRelativePath(projectFolder, path).Replace('\\', '/')}");
        }
    }

    private static void CheckPageOrder(string pagesFolder, string relative, JsonElement pages, List<string> problems)
    {
        foreach (var page in pages.GetProperty("pageOrder").EnumerateArray().Select(p => p.GetString()!))
        {
            if (!File.Exists(Path.Combine(pagesFolder, page, "page.json")))
            {
                problems.Add($"{relative}: pageOrder names page '{page}', which has no {page}/page.json");
            }
        }
    }
}
