using System.Linq.Expressions;
using System.Reflection;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.Rows;

/// <summary>How a row record of <typeparamref name="T"/> becomes the values of a bulk write: its columns (the public properties, in
/// declaration order) and one compiled delegate that copies them into a reused value array — reflection runs once per type, never
/// per row (Dapper's approach).</summary>
public sealed class RowMap<T>
    where T : class
{
    private readonly Action<T, object?[]> fill;

    private RowMap()
    {
        var type = typeof(T);
        Mapping = type.GetCustomAttribute<WarehouseTableAttribute>()
            ?? throw new InvalidOperationException($"{type.Name} names no table: mark it [WarehouseTable(\"schema.Table\")].");
        Table = Mapping.Table;
        Properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead)
            .OrderBy(p => p.MetadataToken).ToList();
        Columns = Properties.Select(p => p.Name).ToList();
        var row = Expression.Parameter(type, "row");
        var values = Expression.Parameter(typeof(object?[]), "values");
        var assignments = Properties.Select((p, i) => (Expression)Expression.Assign(
            Expression.ArrayAccess(values, Expression.Constant(i)), Expression.Convert(Expression.Property(row, p), typeof(object))));
        fill = Expression.Lambda<Action<T, object?[]>>(Expression.Block(assignments), row, values).Compile();
    }

    /// <summary>The map of <typeparamref name="T"/>, built on first use.</summary>
    public static RowMap<T> Instance { get; } = new();

    /// <summary>The table the rows belong to.</summary>
    public string Table { get; }

    /// <summary>The columns written, in the order <see cref="Fill"/> places their values.</summary>
    public IReadOnlyList<string> Columns { get; }

    internal IReadOnlyList<PropertyInfo> Properties { get; }

    private WarehouseTableAttribute Mapping { get; }

    /// <summary>Copies the row's column values into <paramref name="values"/> (one entry per column).</summary>
    public void Fill(T row, object?[] values) => fill(row, values);

    /// <summary>The table from <paramref name="catalog"/>, after checking that the record matches it (see <see cref="RowMapping"/>).</summary>
    public TableDefinition Resolve(SchemaCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = RowMapping.Problems(typeof(T), Mapping, Properties, catalog);
        return problems.Count == 0 ? catalog.Table(Table) : throw new RowMappingException(problems);
    }
}
