using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Smarketing.Schema.Catalog;

/// <summary>Types a view's output columns from their select expressions: a CAST names its type; a column reference (plain or as the
/// first argument of COALESCE/NULLIF) takes the type of the table or earlier view column it resolves to through the FROM aliases.
/// DacFx leaves view columns untyped, and the Power BI checker needs the types of the rpt surface.</summary>
internal sealed class ViewColumnTypes
{
    private readonly Dictionary<string, Dictionary<string, SqlType?>> _objects = new(StringComparer.OrdinalIgnoreCase);

    public ViewColumnTypes(IEnumerable<TableDefinition> tables)
    {
        foreach (var table in tables)
        {
            _objects[table.FullName] = table.Columns.ToDictionary(c => c.Name, c => (SqlType?)c.Type, StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>Makes a view's columns available to the views read after it.</summary>
    public void Add(ViewDefinition view) =>
        _objects[view.FullName] = view.Columns.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.OrdinalIgnoreCase);

    /// <summary>The expression's type, or null when it cannot be told without evaluating it.</summary>
    public SqlType? TypeOf(ScalarExpression expression, QuerySpecification query) => expression switch
    {
        CastCall cast => SqlTypeMapping.FromDataTypeReference(cast.DataType),
        TryCastCall cast => SqlTypeMapping.FromDataTypeReference(cast.DataType),
        ParenthesisExpression parenthesis => TypeOf(parenthesis.Expression, query),
        CoalesceExpression coalesce => TypeOf(coalesce.Expressions[0], query),
        NullIfExpression nullIf => TypeOf(nullIf.FirstExpression, query),
        ColumnReferenceExpression column => ColumnType(column, query),
        IntegerLiteral => new SqlType("int"),
        _ => null,
    };

    private SqlType? ColumnType(ColumnReferenceExpression column, QuerySpecification query)
    {
        var identifiers = column.MultiPartIdentifier?.Identifiers;
        if (identifiers is null || identifiers.Count == 0)
        {
            return null;
        }

        var sources = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in query.FromClause?.TableReferences ?? [])
        {
            CollectSources(reference, sources);
        }

        var source = identifiers.Count >= 2
            ? sources.GetValueOrDefault(identifiers[^2].Value)
            : sources.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1 ? sources.Values.First() : null;
        return source is not null && _objects.TryGetValue(source, out var columns) ? columns.GetValueOrDefault(identifiers[^1].Value) : null;
    }

    private static void CollectSources(TableReference reference, Dictionary<string, string> sources)
    {
        switch (reference)
        {
            case NamedTableReference named when named.SchemaObject.SchemaIdentifier is not null:
                sources[named.Alias?.Value ?? named.SchemaObject.BaseIdentifier.Value] =
                    $"{named.SchemaObject.SchemaIdentifier.Value}.{named.SchemaObject.BaseIdentifier.Value}";
                break;
            case JoinTableReference join:
                CollectSources(join.FirstTableReference, sources);
                CollectSources(join.SecondTableReference, sources);
                break;
            case JoinParenthesisTableReference parenthesis:
                CollectSources(parenthesis.Join, sources);
                break;
        }
    }
}
