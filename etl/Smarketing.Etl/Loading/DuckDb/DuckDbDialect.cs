using System.Text.RegularExpressions;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.DuckDb;

/// <summary>DuckDB's SQL: the model's plain identifiers as they are (double quotes otherwise), temporary work tables in the session's
/// temp catalog, <c>IS DISTINCT FROM</c> on values (DuckDB compares strings exactly), <c>$name</c> parameters, <c>RETURNING</c>, and
/// the affected-row count of the command itself.</summary>
public sealed partial class DuckDbDialect : ISqlDialect
{
    private DuckDbDialect()
    {
    }

    /// <summary>The one instance (the dialect holds no state).</summary>
    public static DuckDbDialect Instance { get; } = new();

    /// <inheritdoc />
    public string CountAll => "count(*)";

    /// <inheritdoc />
    public string Quote(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return PlainIdentifier().IsMatch(identifier) ? identifier : "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
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
        return Quote($"Work_{target.Schema}_{target.Name}");
    }

    /// <inheritdoc />
    public string CreateWorkTable(TableDefinition target, IReadOnlyList<ColumnDefinition> columns) =>
        $"CREATE OR REPLACE TEMP TABLE {WorkTableName(target)} " +
        $"({string.Join(", ", columns.Select(c => $"{Quote(c.Name)} {DuckDbTypeMapper.ToDuckDb(c.Type)}"))})";

    /// <inheritdoc />
    public string DropWorkTable(TableDefinition target) => $"DROP TABLE {WorkTableName(target)}";

    /// <inheritdoc />
    public string IsDistinct(ColumnDefinition column, string left, string right) => $"{left} IS DISTINCT FROM {right}";

    /// <inheritdoc />
    public string Parameter(string name) => "$" + name;

    /// <inheritdoc />
    public string InsertReturning(string table, IReadOnlyList<string> columns, IReadOnlyList<string> values, string identity) =>
        $"INSERT INTO {table} ({string.Join(", ", columns.Select(Quote))}) VALUES ({string.Join(", ", values)}) RETURNING {Quote(identity)}";

    /// <inheritdoc />
    public string WithRowCount(string statement) => statement;

    /// <inheritdoc />
    public string UpdateFrom(TableDefinition target, string set, string source, string keyMatch, string changed) =>
        $"UPDATE {TableName(target)} AS t SET {set} FROM ({source}) AS w WHERE {keyMatch} AND {changed}";

    /// <inheritdoc />
    public string DeleteFrom(TableDefinition target) => $"DELETE FROM {TableName(target)} AS t";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainIdentifier();
}
