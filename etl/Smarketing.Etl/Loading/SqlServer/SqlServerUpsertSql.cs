using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.SqlServer;

/// <summary>The T-SQL the SQL Server loader sends for work tables and upserts: <see cref="UpsertStatements"/> in the
/// <see cref="SqlServerDialect"/>, named for the static checks that parse and resolve each statement against the DACPAC model.</summary>
public static class SqlServerUpsertSql
{
    private static SqlServerDialect Dialect => SqlServerDialect.Instance;

    /// <summary><c>[name]</c>, with <c>]</c> doubled.</summary>
    public static string Quote(string identifier) => Dialect.Quote(identifier);

    /// <summary><c>[schema].[table]</c>.</summary>
    public static string TableName(TableDefinition table) => Dialect.TableName(table);

    /// <summary>The session's temporary work table for <paramref name="target"/>: <c>#Work_dw_DimLead</c>.</summary>
    public static string WorkTableName(TableDefinition target) => Dialect.WorkTableName(target);

    /// <summary>Drops and creates the work table with the catalog's column types (see <see cref="SqlServerDialect.CreateWorkTable"/>).</summary>
    public static string CreateWorkTable(TableDefinition target, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Dialect.CreateWorkTable(target, columns.Select(c => target.FindColumn(c)
            ?? throw new ArgumentException($"{target.FullName} has no column {c}.", nameof(columns))).ToList());
    }

    /// <summary>Drops the work table.</summary>
    public static string DropWorkTable(TableDefinition target) => Dialect.DropWorkTable(target);

    /// <summary>Rows the upsert will consider (after de-duplication by business key).</summary>
    public static string CountIncoming(TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options) =>
        UpsertStatements.CountIncoming(Dialect, target, columns, options);

    /// <summary>Updates the rows whose business key matches and whose values differ, then returns <c>@@ROWCOUNT</c>; null when the
    /// work table carries no column besides the key.</summary>
    public static string? Update(TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options) =>
        UpsertStatements.Update(Dialect, target, columns, options);

    /// <summary>Inserts the rows whose business key is not in the target, then returns <c>@@ROWCOUNT</c>.</summary>
    public static string Insert(TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options) =>
        UpsertStatements.Insert(Dialect, target, columns, options);

    /// <summary>Deletes target rows whose business key is not among the work rows, then returns <c>@@ROWCOUNT</c>.</summary>
    public static string DeleteMissing(TableDefinition target, DeleteScope? scope = null) => UpsertStatements.DeleteMissing(Dialect, target, scope);
}
