using System.Text.RegularExpressions;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.SqlServer;

/// <summary>T-SQL: bracket-quoted identifiers, <c>#Work_…</c> temporary tables whose strings take the database's collation,
/// strings compared as bytes (under a case-insensitive collation 'Acme' equals 'ACME ', and the change would be lost), <c>@name</c>
/// parameters, <c>OUTPUT inserted.…</c>, and <c>SELECT @@ROWCOUNT</c> after each counted statement.</summary>
public sealed partial class SqlServerDialect : ISqlDialect
{
    private static readonly HashSet<string> StringTypes = new(StringComparer.Ordinal) { "char", "varchar", "nchar", "nvarchar" };

    private SqlServerDialect()
    {
    }

    /// <summary>The one instance (the dialect holds no state).</summary>
    public static SqlServerDialect Instance { get; } = new();

    /// <inheritdoc />
    public string CountAll => "COUNT_BIG(*)";

    /// <inheritdoc />
    public string Quote(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return "[" + identifier.Replace("]", "]]", StringComparison.Ordinal) + "]";
    }

    /// <inheritdoc />
    public string TableName(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return $"{Quote(table.Schema)}.{Quote(table.Name)}";
    }

    /// <inheritdoc />
    public string WorkTableName(TableDefinition target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return $"#Work_{Plain(target.Schema)}_{Plain(target.Name)}";
    }

    /// <inheritdoc />
    /// <remarks>All columns nullable. Must be sent without parameters: a parameterized command runs inside sp_executesql, and the
    /// temporary table would vanish when it returns.</remarks>
    public string CreateWorkTable(TableDefinition target, IReadOnlyList<ColumnDefinition> columns)
    {
        var definitions = columns.Select(c =>
            $"{Quote(c.Name)} {c.Type.ToTSql()}{(StringTypes.Contains(c.Type.Name) ? " COLLATE DATABASE_DEFAULT" : "")} NULL");
        var work = WorkTableName(target);
        return $"DROP TABLE IF EXISTS {work};\nCREATE TABLE {work} ({string.Join(", ", definitions)});";
    }

    /// <inheritdoc />
    public string DropWorkTable(TableDefinition target) => $"DROP TABLE IF EXISTS {WorkTableName(target)};";

    /// <inheritdoc />
    public string IsDistinct(ColumnDefinition column, string left, string right)
    {
        ArgumentNullException.ThrowIfNull(column);
        return StringTypes.Contains(column.Type.Name)
            ? $"CAST({left} AS varbinary(max)) IS DISTINCT FROM CAST({right} AS varbinary(max))"
            : $"{left} IS DISTINCT FROM {right}";
    }

    /// <inheritdoc />
    public string Parameter(string name) => "@" + name;

    /// <inheritdoc />
    public string InsertReturning(string table, IReadOnlyList<string> columns, IReadOnlyList<string> values, string identity) =>
        $"INSERT INTO {table} ({string.Join(", ", columns.Select(Quote))})\nOUTPUT inserted.{Quote(identity)}\n" +
        $"VALUES ({string.Join(", ", values)});";

    /// <inheritdoc />
    public string WithRowCount(string statement) => statement + ";\nSELECT @@ROWCOUNT;";

    /// <inheritdoc />
    public string UpdateFrom(TableDefinition target, string set, string source, string keyMatch, string changed) =>
        $"UPDATE t SET {set}\nFROM {TableName(target)} AS t\nINNER JOIN ({source}) AS w ON {keyMatch}\nWHERE {changed}";

    /// <inheritdoc />
    public string DeleteFrom(TableDefinition target) => $"DELETE t FROM {TableName(target)} AS t\n";

    /// <summary>A name part used unquoted (in a temporary table's name): letters, digits and underscores only.</summary>
    private static string Plain(string part) =>
        PlainIdentifier().IsMatch(part)
            ? part
            : throw new ArgumentException($"'{part}' is not a plain identifier (letters, digits, underscore).", nameof(part));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainIdentifier();
}
