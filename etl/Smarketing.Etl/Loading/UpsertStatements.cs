using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading;

/// <summary>The one upsert generator: merges a work table into its target by the target's business key, in any
/// <see cref="ISqlDialect"/>. Identifiers come from the catalog only; values never appear in the text (they travel by bulk copy).
/// Unchanged rows are not touched: a row is updated only where a compared column is distinct (lineage columns excluded).</summary>
public static class UpsertStatements
{
    /// <summary>Refuses a merge whose work table lacks a business-key column (the match would be meaningless).</summary>
    public static void RequireBusinessKey(TableDefinition target, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(target);
        var missing = target.BusinessKey.Where(k => !columns.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Cannot upsert {target.FullName}: its work table lacks the business key {string.Join(", ", missing)}.");
        }
    }

    /// <summary>Fills the work table of <paramref name="target"/> from a query inside the engine (a set-based load): the rows
    /// never travel to the ETL host, and the upsert that follows cannot tell them from bulk-copied ones.</summary>
    public static string FillWorkTable(ISqlDialect dialect, TableDefinition target, IReadOnlyList<string> columns, string selectSql)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        return $"INSERT INTO {dialect.WorkTableName(target)} ({string.Join(", ", columns.Select(dialect.Quote))})\n{selectSql}";
    }

    /// <summary>The work rows: with <paramref name="deduplicate"/> and a version or tie-break column, the newest per business key.</summary>
    public static string Source(ISqlDialect dialect, TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options,
        bool deduplicate = true)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(options);
        var list = string.Join(", ", columns.Select(dialect.Quote));
        var work = dialect.WorkTableName(target);
        var order = NewestFirst(dialect, target, options);
        if (!deduplicate || order.Length == 0)
        {
            return $"SELECT {list} FROM {work}";
        }

        var partition = string.Join(", ", target.BusinessKey.Select(dialect.Quote));
        return $"SELECT {list} FROM (SELECT {list}, ROW_NUMBER() OVER (PARTITION BY {partition} ORDER BY {order}) AS RowNumber " +
               $"FROM {work}) AS Ranked WHERE RowNumber = 1";
    }

    /// <summary>The order that puts the newest row of a business key first (version, then tie-break column, descending); empty when
    /// the options name neither (rows are then not de-duplicated).</summary>
    public static string NewestFirst(ISqlDialect dialect, TableDefinition target, UpsertOptions options)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(options);
        return string.Join(", ", new[] { options.VersionColumn, options.TieBreakColumn }.OfType<string>()
            .Select(c => $"{dialect.Quote(Column(target, c).Name)} DESC"));
    }

    /// <summary>Fills <paramref name="target"/> itself from a query inside the engine: a set-based first load into an empty table,
    /// written once (no work table); <see cref="IWarehouseLoader.CompleteFirstLoad"/> follows.</summary>
    public static string FillTable(ISqlDialect dialect, TableDefinition target, IReadOnlyList<string> columns, string selectSql)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        return $"INSERT INTO {dialect.TableName(target)} ({string.Join(", ", columns.Select(dialect.Quote))})\n{selectSql}";
    }

    /// <summary>Counts the rows the merge will consider.</summary>
    public static string CountIncoming(ISqlDialect dialect, TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options,
        bool deduplicate = true) =>
        $"SELECT {dialect.CountAll} FROM ({Source(dialect, target, columns, options, deduplicate)}) AS Incoming;";

    /// <summary>Deletes target rows whose business key is not among the work rows (<see cref="UpsertOptions.DeleteMissing"/>); with a
    /// scope, only target rows inside it are considered.</summary>
    public static string DeleteMissing(ISqlDialect dialect, TableDefinition target, DeleteScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var inScope = scope is null ? "" :
            $"t.{dialect.Quote(scope.Column)} IN (SELECT s.{dialect.Quote(scope.Column)} FROM {dialect.TableName(scope.Table)} AS s) AND ";
        return dialect.WithRowCount($"{dialect.DeleteFrom(target)} WHERE {inScope}" +
            $"NOT EXISTS (SELECT 1 FROM {dialect.WorkTableName(target)} AS w WHERE {KeyMatch(dialect, target)})");
    }

    /// <summary>Updates the rows whose key matches and whose values differ; null when the work table holds only the key.</summary>
    public static string? Update(ISqlDialect dialect, TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options,
        bool deduplicate = true)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var updated = UpsertSql.UpdatedColumns(target, columns);
        if (updated.Count == 0)
        {
            return null;
        }

        var set = string.Join(", ", updated.Select(c => $"{dialect.Quote(c)} = w.{dialect.Quote(c)}"));
        return dialect.WithRowCount(dialect.UpdateFrom(target, set, Source(dialect, target, columns, options, deduplicate),
            KeyMatch(dialect, target), ChangedPredicate(dialect, target, columns, options)));
    }

    /// <summary>Inserts the work rows whose business key is not in the target.</summary>
    public static string Insert(ISqlDialect dialect, TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options,
        bool deduplicate = true)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var list = string.Join(", ", columns.Select(dialect.Quote));
        var table = dialect.TableName(target);
        var source = Source(dialect, target, columns, options, deduplicate);
        return dialect.WithRowCount($"INSERT INTO {table} ({list})\nSELECT {list} FROM ({source}) AS w\n" +
            $"WHERE NOT EXISTS (SELECT 1 FROM {table} AS t WHERE {KeyMatch(dialect, target)})");
    }

    /// <summary>Inserts every work row into a target known to be empty (a first load: no anti-join needed).</summary>
    public static string InsertIntoEmpty(ISqlDialect dialect, TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options,
        bool deduplicate = true)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var list = string.Join(", ", columns.Select(dialect.Quote));
        return dialect.WithRowCount($"INSERT INTO {dialect.TableName(target)} ({list}) {Source(dialect, target, columns, options, deduplicate)}");
    }

    /// <summary><c>t.k1 = w.k1 AND …</c> over the business key.</summary>
    public static string KeyMatch(ISqlDialect dialect, TableDefinition target)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        return string.Join(" AND ", target.BusinessKey.Select(k => $"t.{dialect.Quote(k)} = w.{dialect.Quote(k)}"));
    }

    /// <summary>Some compared column is distinct, and — with a version column — the incoming version is not older.</summary>
    public static string ChangedPredicate(ISqlDialect dialect, TableDefinition target, IReadOnlyList<string> columns, UpsertOptions options)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(options);
        var compared = UpsertSql.ComparedColumns(target, columns);
        var changed = compared.Count == 0
            ? "1 = 0"
            : "(" + string.Join(" OR ", compared.Select(c =>
                dialect.IsDistinct(Column(target, c), $"t.{dialect.Quote(c)}", $"w.{dialect.Quote(c)}"))) + ")";
        if (options.VersionColumn is null)
        {
            return changed;
        }

        var v = dialect.Quote(Column(target, options.VersionColumn).Name);
        return $"{changed} AND (t.{v} IS NULL OR w.{v} IS NULL OR w.{v} >= t.{v})";
    }

    private static ColumnDefinition Column(TableDefinition target, string name) =>
        target.FindColumn(name) ?? throw new ArgumentException($"{target.FullName} has no column {name}.", nameof(name));
}
