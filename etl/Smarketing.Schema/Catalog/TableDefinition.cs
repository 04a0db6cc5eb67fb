namespace Smarketing.Schema.Catalog;

/// <summary>A table of the warehouse model: columns in declared order, keys, and the business key used for upserts.</summary>
/// <param name="Schema">stg, dw, etl …</param>
/// <param name="Name">Table name without schema.</param>
/// <param name="Columns">Columns in declaration order.</param>
/// <param name="PrimaryKey">Primary key columns (may be empty).</param>
/// <param name="UniqueKeys">Unique constraints, each a list of columns, in declaration order.</param>
/// <param name="ForeignKeys">Foreign keys declared on the table.</param>
/// <param name="Description">The grain comment from the file header (what one row means), if present.</param>
public sealed record TableDefinition(
    string Schema,
    string Name,
    IReadOnlyList<ColumnDefinition> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<IReadOnlyList<string>> UniqueKeys,
    IReadOnlyList<ForeignKeyDefinition> ForeignKeys,
    string? Description = null)
{
    /// <summary><c>schema.name</c>.</summary>
    public string FullName => $"{Schema}.{Name}";

    /// <summary>The business key the loaders upsert by: the primary key when it is a natural key (no identity column in it, e.g.
    /// <c>dw.DimDate.DateKey</c>, stg source ids), otherwise the first unique constraint, otherwise the primary key.</summary>
    public IReadOnlyList<string> BusinessKey =>
        UniqueKeys.Count == 0 || (PrimaryKey.Count > 0 && !PrimaryKey.Any(k => FindColumn(k)?.IsIdentity == true)) ? PrimaryKey : UniqueKeys[0];

    /// <summary>The IDENTITY surrogate key column, or null when the table has none.</summary>
    public ColumnDefinition? IdentityColumn => Columns.FirstOrDefault(c => c.IsIdentity);

    /// <summary>The column with the given name (case-insensitive), or null.</summary>
    public ColumnDefinition? FindColumn(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
