using System.Text.RegularExpressions;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.SqlServer;

/// <summary>The T-SQL the SQL Server loader sends for work tables and upserts, generated from the catalog: the same column choices
/// as <see cref="UpsertSql"/>, with every identifier bracket-quoted. Values never appear in this text; they travel by SqlBulkCopy.</summary>
public static partial class SqlServerUpsertSql
{
    private static readonly HashSet<string> StringTypes = new(StringComparer.Ordinal) { "char", "varchar", "nchar", "nvarchar" };

    /// <summary><c>[name]</c>, with <c>]</c> doubled.</summary>
    public static string Quote(string identifier) => "[" + identifier.Replace("]", "]]", StringComparison.Ordinal) + "]";

    /// <summary><c>[schema].[table]</c>.</summary>
    public static string TableName(TableDefinition table) => $"{Quote(table.Schema)}.{Quote(table.Name)}";

    /// <summary>The session's temporary work table for <paramref name="target"/>: <c>#Work_dw_DimLead</c>.</summary>
    public static string WorkTableName(TableDefinition target) => $"#Work_{Plain(target.Schema)}_{Plain(target.Name)}";

    /// <summary>Drops and creates the work table with the catalog's column types, all nullable. String columns take the database's
    /// collation rather than tempdb's, so comparisons with the target never meet a collation conflict. Must be sent without
    /// parameters: a parameterized command runs inside sp_executesql, and the temporary table would vanish when it returns.</summary>
    public static string CreateWorkTable(TableDefinition target, IReadOnlyList<string> columns)
    {
        var definitions = columns.Select(c => Column(target, c)).Select(c =>
            $"{Quote(c.Name)} {c.Type.ToTSql()}{(StringTypes.Contains(c.Type.Name) ? " COLLATE DATABASE_DEFAULT" : "")} NULL");
        var work = WorkTableName(target);
        return $"DROP TABLE IF EXISTS {work};\nCREATE TABLE {work} ({string.Join(", ", definitions)});";
    }

    /// <summary>Drops the work table.</summary>
    public static string DropWorkTable(TableDefinition target) => $"DROP TABLE IF EXISTS {WorkTableName(target)};";

    /// <summary>Rows the upsert will consider (after de-duplication by business key).</summary>
    public static string CountIncoming(TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options) =>
        $"SELECT COUNT_BIG(*) FROM ({Deduplicated(target, columns, options)}) AS Incoming;";

    /// <summary>Updates the rows whose business key matches and whose values differ (<c>IS DISTINCT FROM</c>, SQL Server 2022),
    /// then returns <c>@@ROWCOUNT</c>; null when the work table carries no column besides the key.</summary>
    public static string? Update(TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options)
    {
        var updated = UpsertSql.UpdatedColumns(target, columns);
        if (updated.Count == 0)
        {
            return null;
        }

        var set = string.Join(", ", updated.Select(c => $"{Quote(c)} = w.{Quote(c)}"));
        return $"UPDATE t SET {set}\nFROM {TableName(target)} AS t\nINNER JOIN ({Deduplicated(target, columns, options)}) AS w ON {KeyMatch(target)}\n" +
               $"WHERE {ChangedPredicate(target, columns, options)};\nSELECT @@ROWCOUNT;";
    }

    /// <summary>Inserts the rows whose business key is not in the target, then returns <c>@@ROWCOUNT</c>.</summary>
    public static string Insert(TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options)
    {
        var list = string.Join(", ", columns.Select(Quote));
        return $"INSERT INTO {TableName(target)} ({list})\nSELECT {list} FROM ({Deduplicated(target, columns, options)}) AS w\n" +
               $"WHERE NOT EXISTS (SELECT 1 FROM {TableName(target)} AS t WHERE {KeyMatch(target)});\nSELECT @@ROWCOUNT;";
    }

    /// <summary>Deletes target rows whose business key is not among the work rows (<see cref="UpsertOptions.DeleteMissing"/>),
    /// then returns <c>@@ROWCOUNT</c>. With a scope, only target rows inside it are considered.</summary>
    public static string DeleteMissing(TableDefinition target, DeleteScope? scope = null) =>
        $"DELETE t FROM {TableName(target)} AS t\nWHERE " +
        (scope is null ? "" : $"t.{Quote(scope.Column)} IN (SELECT s.{Quote(scope.Column)} FROM {TableName(scope.Table)} AS s) AND ") +
        $"NOT EXISTS (SELECT 1 FROM {WorkTableName(target)} AS w WHERE {KeyMatch(target)});\nSELECT @@ROWCOUNT;";

    /// <summary>The work rows, one per business key when a version or tie-break column is given (newest first).</summary>
    public static string Deduplicated(TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options)
    {
        var list = string.Join(", ", columns.Select(Quote));
        var order = string.Join(", ", new[] { options.VersionColumn, options.TieBreakColumn }.OfType<string>().Select(c => $"{Quote(Column(target, c).Name)} DESC"));
        if (order.Length == 0)
        {
            return $"SELECT {list} FROM {WorkTableName(target)}";
        }

        var partition = string.Join(", ", target.BusinessKey.Select(Quote));
        return $"SELECT {list} FROM (SELECT {list}, ROW_NUMBER() OVER (PARTITION BY {partition} ORDER BY {order}) AS RowNumber " +
               $"FROM {WorkTableName(target)}) AS Ranked WHERE RowNumber = 1";
    }

    private static string KeyMatch(TableDefinition target) =>
        string.Join(" AND ", target.BusinessKey.Select(k => $"t.{Quote(k)} = w.{Quote(k)}"));

    private static string ChangedPredicate(TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options)
    {
        var compared = UpsertSql.ComparedColumns(target, columns);
        var changed = compared.Count == 0
            ? "1 = 0"
            : "(" + string.Join(" OR ", compared.Select(c => Distinct(target, c))) + ")";
        if (options.VersionColumn is null)
        {
            return changed;
        }

        var v = Quote(Column(target, options.VersionColumn).Name);
        return $"{changed} AND (t.{v} IS NULL OR w.{v} IS NULL OR w.{v} >= t.{v})";
    }

    /// <summary>Strings are compared as bytes: under a case-insensitive collation (and its trailing-space padding) 'Acme' equals
    /// 'ACME ', and the change would be lost; DuckDB compares exactly. The work column has the target's type and the database's
    /// collation, so equal bytes mean equal values.</summary>
    private static string Distinct(TableDefinition target, string column)
    {
        var c = Quote(column);
        return StringTypes.Contains(Column(target, column).Type.Name)
            ? $"CAST(t.{c} AS varbinary(max)) IS DISTINCT FROM CAST(w.{c} AS varbinary(max))"
            : $"t.{c} IS DISTINCT FROM w.{c}";
    }

    private static ColumnDefinition Column(TableDefinition target, string name) =>
        target.FindColumn(name) ?? throw new ArgumentException($"{target.FullName} has no column {name}.", nameof(name));

    /// <summary>A name part used unquoted (in a temporary table's name): letters, digits and underscores only.</summary>
    private static string Plain(string part) =>
        PlainIdentifier().IsMatch(part) ? part : throw new ArgumentException($"'{part}' is not a plain identifier (letters, digits, underscore).", nameof(part));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainIdentifier();
}
