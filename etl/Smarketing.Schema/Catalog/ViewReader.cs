using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Smarketing.Schema.Catalog;

/// <summary>Reads views from the model: the query body cut out of the view's script with ScriptDom, and output columns typed where
/// that can be told statically (see <see cref="ViewColumnTypes"/>).</summary>
internal static class ViewReader
{
    /// <summary>Every user view, each after the views it selects from.</summary>
    public static List<ViewDefinition> ReadAll(TSqlModel model, IReadOnlyDictionary<string, string> descriptions, IEnumerable<TableDefinition> tables)
    {
        var views = DependencyOrder.Sort(
            model.GetObjects(DacQueryScopes.UserDefined, View.TypeClass),
            ModelNames.FullName,
            v => v.GetReferenced(View.BodyDependencies).Where(d => d.ObjectType == View.TypeClass).Select(ModelNames.FullName));
        var types = new ViewColumnTypes(tables);
        var definitions = new List<ViewDefinition>();
        foreach (var view in views)
        {
            definitions.Add(Read(view, descriptions, types));
            types.Add(definitions[^1]);
        }

        return definitions;
    }

    private static ViewDefinition Read(TSqlObject view, IReadOnlyDictionary<string, string> descriptions, ViewColumnTypes types)
    {
        var fullName = ModelNames.FullName(view);
        var script = view.GetScript();
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);
        var body = (fragment as TSqlScript)?.Batches.SelectMany(b => b.Statements).OfType<ViewStatementBody>().FirstOrDefault();
        if (errors.Count > 0 || body is null)
        {
            throw new InvalidOperationException($"View {fullName}: its script does not parse as CREATE VIEW ({errors.FirstOrDefault()?.Message}).");
        }

        var select = body.SelectStatement;
        var selectSql = script.Substring(select.StartOffset, select.FragmentLength).Trim().TrimEnd(';').TrimEnd();
        var query = FirstQuerySpecification(select.QueryExpression);
        var elements = query?.SelectElements ?? [];
        var columns = new List<ViewColumn>();
        foreach (var (column, index) in view.GetReferenced(View.Columns).Select((c, i) => (c, i)))
        {
            var expression = index < elements.Count ? (elements[index] as SelectScalarExpression)?.Expression : null;
            var type = expression is null || query is null ? null : types.TypeOf(expression, query);
            if (type is null && expression is ColumnReferenceExpression)
            {
                type = SourceColumnType(column);
            }

            columns.Add(new ViewColumn(ModelNames.Name(column), type));
        }

        return new ViewDefinition(view.Name.Parts[0], view.Name.Parts[1], selectSql, columns, descriptions.GetValueOrDefault(fullName));
    }

    private static QuerySpecification? FirstQuerySpecification(QueryExpression? query) => query switch
    {
        QuerySpecification specification => specification,
        BinaryQueryExpression binary => FirstQuerySpecification(binary.FirstQueryExpression),
        QueryParenthesisExpression parenthesis => FirstQuerySpecification(parenthesis.QueryExpression),
        _ => null,
    };

    /// <summary>The type of the one table column the model resolved a plain column reference to (e.g. through a CTE).</summary>
    private static SqlType? SourceColumnType(TSqlObject column)
    {
        var sources = column.GetReferenced(Column.ExpressionDependencies).Where(d => d.ObjectType == Column.TypeClass).ToList();
        return sources.Count == 1 ? SqlTypeMapping.FromColumn(sources[0]) : null;
    }
}
