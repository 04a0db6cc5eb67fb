namespace Smarketing.Schema.Catalog;

/// <summary>One column of a warehouse table, as read from the DACPAC model.</summary>
/// <param name="Name">Column name (PascalCase, no brackets needed).</param>
/// <param name="Type">Declared SQL Server type.</param>
/// <param name="IsNullable">Whether NULL is allowed.</param>
/// <param name="IsIdentity">True for IDENTITY surrogate keys (a sequence default on the embedded engine).</param>
/// <param name="DefaultExpression">The default constraint's T-SQL expression, if any.</param>
public sealed record ColumnDefinition(string Name, SqlType Type, bool IsNullable, bool IsIdentity = false, string? DefaultExpression = null);
