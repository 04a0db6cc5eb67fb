namespace Smarketing.Schema.Catalog;

/// <summary>A foreign key from one table's columns to another table's key.</summary>
public sealed record ForeignKeyDefinition(string Name, IReadOnlyList<string> Columns, string ReferencedTable, IReadOnlyList<string> ReferencedColumns);
