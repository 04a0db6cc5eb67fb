using System.Reflection;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.Rows;

/// <summary>Checks row records (<see cref="WarehouseTableAttribute"/>) against the catalog: every property must name a column of
/// its table with exactly the CLR type the bulk writers carry for that column's SQL type (<see cref="ClrValue.For"/>), a NOT NULL
/// column may not take a nullable property, an IDENTITY column is never written, and the table's business key must be among the
/// properties (the upsert matches on it) unless the rows are only appended. Runs once per batch before anything is written, so a
/// mismatch names table and column.</summary>
public static class RowMapping
{
    /// <summary>Every row record in the ETL library.</summary>
    public static IReadOnlyList<Type> RecordTypes { get; } = typeof(RowMapping).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<WarehouseTableAttribute>() is not null).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();

    /// <summary>Throws <see cref="RowMappingException"/> listing every mismatch between <paramref name="types"/> (default: every
    /// record in the library) and <paramref name="catalog"/>.</summary>
    public static void Verify(SchemaCatalog catalog, IEnumerable<Type>? types = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = (types ?? RecordTypes).SelectMany(t => Problems(t, catalog)).ToList();
        if (problems.Count > 0)
        {
            throw new RowMappingException(problems);
        }
    }

    /// <summary>The mismatches of one record type, one sentence each.</summary>
    public static IReadOnlyList<string> Problems(Type type, SchemaCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.GetCustomAttribute<WarehouseTableAttribute>() is not { } mapped)
        {
            return [$"{type.Name} names no table: mark it [WarehouseTable(\"schema.Table\")]."];
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead).ToList();
        return Problems(type, mapped, properties, catalog);
    }

    internal static IReadOnlyList<string> Problems(Type type, WarehouseTableAttribute mapped, IReadOnlyList<PropertyInfo> properties,
        SchemaCatalog catalog)
    {
        var tableName = mapped.Table;
        var table = catalog.Tables.FirstOrDefault(t => string.Equals(t.FullName, tableName, StringComparison.OrdinalIgnoreCase));
        if (table is null)
        {
            return [$"{tableName} (row record {type.Name}): the model has no such table."];
        }

        var problems = new List<string>();
        var nullability = new NullabilityInfoContext();
        foreach (var property in properties)
        {
            var column = table.Columns.FirstOrDefault(c => string.Equals(c.Name, property.Name, StringComparison.Ordinal));
            var where = $"{table.FullName}.{property.Name} (row record {type.Name})";
            if (column is null)
            {
                problems.Add($"{where}: the table has no such column (names must match exactly, case included).");
                continue;
            }

            var underlying = Nullable.GetUnderlyingType(property.PropertyType);
            var carried = underlying ?? property.PropertyType;
            var expected = ClrValue.For(column.Type);
            if (carried != expected)
            {
                problems.Add($"{where}: the column is {column.Type.ToTSql()}, carried as {expected.Name}, " +
                             $"but the property is {carried.Name}.");
            }

            var nullable = underlying is not null
                || (!property.PropertyType.IsValueType && nullability.Create(property).ReadState != NullabilityState.NotNull);
            if (nullable && !column.IsNullable)
            {
                problems.Add($"{where}: the column is NOT NULL but the property is nullable.");
            }

            if (column.IsIdentity)
            {
                problems.Add($"{where}: the column is an IDENTITY the engine assigns; the ETL never writes it.");
            }
        }

        var missingKey = table.BusinessKey.Where(k =>
            !mapped.AppendOnly && !properties.Any(p => string.Equals(p.Name, k, StringComparison.Ordinal)));
        problems.AddRange(missingKey.Select(k =>
            $"{table.FullName}.{k} (row record {type.Name}): the business key column is missing; the upsert matches on it."));
        return problems;
    }
}
