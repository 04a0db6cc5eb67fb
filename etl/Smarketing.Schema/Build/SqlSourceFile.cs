namespace Smarketing.Schema.Build;

/// <summary>A T-SQL file of the warehouse project, named by its path relative to the project directory.</summary>
/// <param name="RelativePath">Forward-slash path relative to the source directory, e.g. <c>dw/Tables/DimLead.sql</c>.</param>
/// <param name="Text">The file's text.</param>
public sealed record SqlSourceFile(string RelativePath, string Text)
{
    /// <summary>The folder holding pre- and post-deployment scripts, which are packaged but not part of the model.</summary>
    public const string ScriptsFolder = "Scripts";

    private static readonly string[] ExcludedFolders = [ScriptsFolder, "bin", "obj"];

    /// <summary>Every <c>*.sql</c> object file under <paramref name="sourceDirectory"/> except Scripts/, bin/ and obj/, in ordinal path order.</summary>
    public static IReadOnlyList<SqlSourceFile> FindObjectFiles(string sourceDirectory)
    {
        var root = Path.GetFullPath(sourceDirectory);
        return Directory.EnumerateFiles(root, "*.sql", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(relative => !ExcludedFolders.Any(folder => relative.StartsWith(folder + "/", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .Select(relative => new SqlSourceFile(relative, File.ReadAllText(Path.Combine(root, relative))))
            .ToList();
    }

    /// <summary>The deployment script <c>Scripts/{fileName}</c>, or null when the project has none.</summary>
    public static SqlSourceFile? FindScript(string sourceDirectory, string fileName)
    {
        var relative = $"{ScriptsFolder}/{fileName}";
        var path = Path.Combine(Path.GetFullPath(sourceDirectory), ScriptsFolder, fileName);
        return File.Exists(path) ? new SqlSourceFile(relative, File.ReadAllText(path)) : null;
    }

    /// <summary>The first line without its <c>--</c> marker when the file starts with a comment line; otherwise null.</summary>
    public string? HeaderComment
    {
        get
        {
            var text = Text.TrimStart('\uFEFF');
            var end = text.IndexOfAny(['\r', '\n']);
            var first = end < 0 ? text : text[..end];
            return first.StartsWith("--", StringComparison.Ordinal) && first.Length > 2 ? first[2..].Trim() : null;
        }
    }
}
