using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Smarketing.Schema.Build;

/// <summary>Parses project files with ScriptDom before they reach the model, so every syntax error of every file is reported
/// with its position (DacFx stops at the first file that fails to parse).</summary>
internal static class SqlSyntax
{
    /// <summary>The parsed script, or null after adding the file's syntax errors to <paramref name="problems"/>.</summary>
    public static TSqlScript? Parse(SqlSourceFile file, ICollection<BuildProblem> problems)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(file.Text);
        var fragment = parser.Parse(reader, out var errors);
        foreach (var error in errors)
        {
            problems.Add(new BuildProblem(BuildSeverity.Error, file.RelativePath, error.Line, error.Column, $"SQL{error.Number}", error.Message));
        }

        return errors.Count == 0 ? fragment as TSqlScript : null;
    }
}
