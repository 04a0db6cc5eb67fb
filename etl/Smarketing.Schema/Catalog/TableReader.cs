using Microsoft.SqlServer.Dac.Model;

namespace Smarketing.Schema.Catalog;

/// <summary>Reads tables from the model: columns in declared order, primary key, unique constraints, foreign keys, description.</summary>
internal static class TableReader
{
    /// <summary>Every user table, referenced tables first. Computed columns are left out: no engine loads them.</summary>
    public static List<TableDefinition> ReadAll(
        TSqlModel model, IReadOnlyDictionary<string, string> descriptions, Func<IReadOnlyDictionary<string, int>>? declarationOrder)
    {
        var order = new Lazy<IReadOnlyDictionary<string, int>>(() => declarationOrder?.Invoke() ?? new Dictionary<string, int>());
        var tables = model.GetObjects(DacQueryScopes.UserDefined, Table.TypeClass)
            .Select(table => Read(table, descriptions, order))
            .ToList();
        return DependencyOrder.Sort(tables, t => t.FullName, t => t.ForeignKeys.Select(fk => fk.ReferencedTable));
    }

    private static TableDefinition Read(TSqlObject table, IReadOnlyDictionary<string, string> descriptions, Lazy<IReadOnlyDictionary<string, int>> order)
    {
        var defaults = table.GetReferencing(DefaultConstraint.Host)
            .Select(d => (Column: d.GetReferenced(DefaultConstraint.TargetColumn).FirstOrDefault(), Expression: DefaultExpression(d)))
            .Where(d => d.Column is not null)
            .ToDictionary(d => ModelNames.Name(d.Column!), d => d.Expression, StringComparer.OrdinalIgnoreCase);

        var columns = new List<ColumnDefinition>();
        foreach (var column in table.GetReferenced(Table.Columns))
        {
            if (SqlTypeMapping.FromColumn(column) is { } type)
            {
                var name = ModelNames.Name(column);
                columns.Add(new ColumnDefinition(name, type, column.GetProperty<bool>(Column.Nullable), column.GetProperty<bool>(Column.IsIdentity),
                    defaults.GetValueOrDefault(name)));
            }
        }

        var primaryKey = table.GetReferencing(PrimaryKeyConstraint.Host)
            .Select(pk => ColumnNames(pk, PrimaryKeyConstraint.Columns))
            .FirstOrDefault() ?? [];
        var uniqueConstraints = table.GetReferencing(UniqueConstraint.Host).ToList();
        if (uniqueConstraints.Count > 1 && order.Value.Count > 0)
        {
            uniqueConstraints = [.. uniqueConstraints.OrderBy(u => order.Value.GetValueOrDefault(u.Name.ToString(), int.MaxValue))];
        }

        var foreignKeys = table.GetReferencing(ForeignKeyConstraint.Host)
            .Select(fk => new ForeignKeyDefinition(
                ModelNames.Name(fk),
                ColumnNames(fk, ForeignKeyConstraint.Columns),
                ModelNames.FullName(fk.GetReferenced(ForeignKeyConstraint.ForeignTable).First()),
                ColumnNames(fk, ForeignKeyConstraint.ForeignColumns)))
            .ToList();

        var fullName = ModelNames.FullName(table);
        return new TableDefinition(
            table.Name.Parts[0],
            table.Name.Parts[1],
            columns,
            primaryKey,
            uniqueConstraints.Select(u => ColumnNames(u, UniqueConstraint.Columns)).ToList(),
            foreignKeys,
            descriptions.GetValueOrDefault(fullName));
    }

    private static IReadOnlyList<string> ColumnNames(TSqlObject constraint, ModelRelationshipClass relationship) =>
        constraint.GetReferenced(relationship).Select(ModelNames.Name).ToList();

    /// <summary>A default constraint's expression, e.g. <c>(0)</c>. The model hands it out as text only through the untyped getter
    /// (the typed one throws: the property is a script property).</summary>
    private static string? DefaultExpression(TSqlObject constraint) => constraint.GetProperty(DefaultConstraint.Expression)?.ToString();
}
