using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Smarketing.Etl.Loading;

/// <summary>Splits a T-SQL script (e.g. the post-deployment script) into statements another engine can run unchanged:
/// <c>SET IDENTITY_INSERT</c> and <c>PRINT</c> are SQL Server housekeeping and are left out.</summary>
public static class PortableScript
{
    /// <summary>The portable statements of <paramref name="tsql"/>, in order; throws with line numbers on a parse error.</summary>
    public static IReadOnlyList<string> Statements(string tsql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(tsql);
        var fragment = parser.Parse(reader, out var errors);
        if (errors.Count > 0)
        {
            var first = errors[0];
            throw new InvalidOperationException($"Post-deployment script line {first.Line}, column {first.Column}: {first.Message}");
        }

        var statements = new List<string>();
        foreach (var batch in ((TSqlScript)fragment).Batches)
        {
            foreach (var statement in batch.Statements)
            {
                if (statement is SetIdentityInsertStatement or PrintStatement)
                {
                    continue;
                }

                statements.Add(tsql.Substring(statement.StartOffset, statement.FragmentLength).TrimEnd(';'));
            }
        }

        return statements;
    }
}
