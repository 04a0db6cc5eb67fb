namespace Smarketing.Schema.Catalog;

/// <summary>A view of the warehouse model. <see cref="SelectSql"/> is the portable query body (no CREATE VIEW header)
/// that both SQL Server and the embedded engine execute unchanged.</summary>
/// <param name="Schema">Normally rpt.</param>
/// <param name="Name">View name.</param>
/// <param name="SelectSql">The query after <c>CREATE VIEW … AS</c>.</param>
/// <param name="Columns">Output column names in order, with their resolved type when the model knows it.</param>
/// <param name="Description">The header comment of the file (what one row means), if present.</param>
public sealed record ViewDefinition(string Schema, string Name, string SelectSql, IReadOnlyList<ViewColumn> Columns, string? Description = null)
{
    /// <summary><c>schema.name</c>.</summary>
    public string FullName => $"{Schema}.{Name}";
}

/// <summary>An output column of a view; <paramref name="Type"/> is null where the model cannot resolve it.</summary>
public sealed record ViewColumn(string Name, SqlType? Type);
