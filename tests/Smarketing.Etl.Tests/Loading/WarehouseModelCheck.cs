using System.Text.RegularExpressions;
using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Smarketing.Etl.Tests.Loading;

/// <summary>The static proof for SQL Server: each statement must parse as SQL Server 2022 T-SQL (ScriptDom, TSql160Parser) and,
/// wrapped in a stored procedure added to a copy of the built DACPAC's model, resolve every table, column and parameter
/// (DacFx <c>Validate()</c>, the check a SQL project build runs: SQL71501 unresolved reference and friends).</summary>
internal static partial class WarehouseModelCheck
{
    /// <summary>System procedures the loader calls. They live in the resource database, outside any DACPAC (a SQL project resolves
    /// them through a reference to master.dacpac, which is not on the package feed), so DacFx reports them as unresolved (SQL71502).
    /// Only these procedures and these parameter names, copied from their documented signatures, are accepted; a misspelt
    /// parameter is still reported.</summary>
    private static readonly Dictionary<string, string[]> SystemProcedures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["[sys].[sp_getapplock]"] = ["@Resource", "@LockMode", "@LockOwner", "@LockTimeout", "@DbPrincipal"],
        ["[sys].[sp_releaseapplock]"] = ["@Resource", "@LockOwner", "@DbPrincipal"],
    };

    /// <summary>The problems of each statement that has any, keyed by the statement's name.</summary>
    public static IReadOnlyDictionary<string, List<string>> Problems(string dacpacPath, IReadOnlyList<GeneratedStatement> statements)
    {
        var problems = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Report(GeneratedStatement s, string problem)
        {
            if (!problems.TryGetValue(s.Name, out var list))
            {
                problems[s.Name] = list = [];
            }

            list.Add(problem);
        }

        var procedures = new Dictionary<string, GeneratedStatement>(StringComparer.OrdinalIgnoreCase);
        var added = new List<(string Source, string Body)>();
        var model = Load(dacpacPath);
        try
        {
            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                var parseErrors = ParseErrors(statement.Sql);
                if (parseErrors.Count > 0)
                {
                    parseErrors.ForEach(e => Report(statement, e));
                    continue;
                }

                var procedure = $"Check_{i}";
                var parameters = statement.Parameters.Length == 0 ? "" : " " + statement.Parameters;
                var body = $"CREATE PROCEDURE [dbo].[{procedure}]{parameters}\nAS\nBEGIN\n{statement.Setup}\n{statement.Sql}\nEND";
                try
                {
                    model.AddOrUpdateObjects(body, procedure + ".sql", new TSqlObjectOptions());
                    procedures[$"[dbo].[{procedure}]"] = statement;
                    added.Add((procedure + ".sql", body));
                }
                catch (DacModelException e)
                {
                    // A build-blocking error (e.g. an undeclared variable) makes DacFx refuse any further change, deletion included:
                    // start again from a fresh model holding only the procedures that were accepted.
                    Report(statement, string.Join(" ", e.Messages.Select(m => m.ToString()).DefaultIfEmpty(e.Message)));
                    model.Dispose();
                    model = Load(dacpacPath);
                    added.ForEach(a => model.AddOrUpdateObjects(a.Body, a.Source, new TSqlObjectOptions()));
                }
            }

            Validate(model, procedures, Report);
        }
        finally
        {
            model.Dispose();
        }

        return problems;
    }

    private static TSqlModel Load(string dacpacPath) =>
        TSqlModel.LoadFromDacpac(dacpacPath, new ModelLoadOptions(DacSchemaModelStorageType.Memory, loadAsScriptBackedModel: true));

    private static void Validate(TSqlModel model, Dictionary<string, GeneratedStatement> procedures, Action<GeneratedStatement, string> report)
    {
        foreach (var message in model.Validate())
        {
            var owner = ProcedureName().Match(message.Message);
            if (IsDocumentedSystemProcedure(message.Message))
            {
                continue;
            }

            if (owner.Success && procedures.TryGetValue(owner.Value, out var statement))
            {
                report(statement, $"{message.Prefix}{message.Number}: {message.Message}");
            }
            else
            {
                // A problem outside the checked procedures means the model itself is broken: never let it pass silently.
                report(new GeneratedStatement("(model)", ""), $"{message.Prefix}{message.Number}: {message.Message}");
            }
        }
    }

    /// <summary>ScriptDom's parse errors for <paramref name="sql"/> as SQL Server 2022 (quoted identifiers on, as SqlClient sets).</summary>
    public static List<string> ParseErrors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ToList();
    }

    private static bool IsDocumentedSystemProcedure(string message)
    {
        var match = SystemReference().Match(message);
        return match.Success && SystemProcedures.TryGetValue(match.Groups["procedure"].Value, out var parameters)
            && (!match.Groups["parameter"].Success || parameters.Contains(match.Groups["parameter"].Value, StringComparer.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"unresolved reference to object (?<procedure>\[sys\]\.\[\w+\])(?:\.\[(?<parameter>@\w+)\])?\.$")]
    private static partial Regex SystemReference();

    [GeneratedRegex(@"\[dbo\]\.\[Check_\d+\]")]
    private static partial Regex ProcedureName();
}
