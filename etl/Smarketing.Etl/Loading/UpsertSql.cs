using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading;

/// <summary>The engine-neutral parts of the upsert statements generated from the catalog.</summary>
public static class UpsertSql
{
    /// <summary>Columns the ETL writes for <paramref name="table"/>: every column except IDENTITY keys.</summary>
    public static IReadOnlyList<string> WritableColumns(TableDefinition table) =>
        table.Columns.Where(c => !c.IsIdentity).Select(c => c.Name).ToList();

    /// <summary>Non-key work columns whose difference makes a row "changed" (lineage columns excluded).</summary>
    public static IReadOnlyList<string> ComparedColumns(TableDefinition table, IReadOnlyList<string> workColumns) =>
        UpdatedColumns(table, workColumns).Where(c => !LineageColumns.IsLineage(c)).ToList();

    /// <summary>Work columns set on update (every non-key column, lineage included).</summary>
    public static IReadOnlyList<string> UpdatedColumns(TableDefinition table, IReadOnlyList<string> workColumns) =>
        workColumns.Where(c => !table.BusinessKey.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();

    /// <summary>The work rows, one per business key: the newest by the version column (ties: the tie-break column), when one is given.</summary>
    public static string Deduplicated(TableDefinition table, IReadOnlyList<string> workColumns, string workTable, UpsertOptions options)
    {
        var columns = string.Join(", ", workColumns);
        var order = string.Join(", ", new[] { options.VersionColumn, options.TieBreakColumn }.OfType<string>().Select(c => $"{c} DESC"));
        if (order.Length == 0)
        {
            return $"SELECT {columns} FROM {workTable}";
        }

        return $"SELECT {columns} FROM (SELECT {columns}, ROW_NUMBER() OVER (PARTITION BY {string.Join(", ", table.BusinessKey)} ORDER BY {order}) AS RowNumber FROM {workTable}) AS Ranked WHERE RowNumber = 1";
    }

    /// <summary><c>t.k1 = w.k1 AND …</c> for the business key.</summary>
    public static string KeyMatch(TableDefinition table, string target, string work) =>
        string.Join(" AND ", table.BusinessKey.Select(k => $"{target}.{k} = {work}.{k}"));

    /// <summary><c>(t.c1 IS DISTINCT FROM w.c1 OR …)</c>, plus the version guard when the options carry one.</summary>
    public static string ChangedPredicate(TableDefinition table, IReadOnlyList<string> workColumns, string target, string work, UpsertOptions options)
    {
        var compared = ComparedColumns(table, workColumns);
        var changed = compared.Count == 0
            ? "1 = 0"
            : "(" + string.Join(" OR ", compared.Select(c => $"{target}.{c} IS DISTINCT FROM {work}.{c}")) + ")";
        return options.VersionColumn is null
            ? changed
            : $"{changed} AND ({target}.{options.VersionColumn} IS NULL OR {work}.{options.VersionColumn} IS NULL OR {work}.{options.VersionColumn} >= {target}.{options.VersionColumn})";
    }

    /// <summary>Deletes target rows whose business key is not among the work rows (for <see cref="UpsertOptions.DeleteMissing"/>).
    /// With a scope (<see cref="UpsertOptions.ScopeTable"/>), only target rows inside it are considered.</summary>
    public static string DeleteMissing(TableDefinition table, string workTable, DeleteScope? scope = null) =>
        $"DELETE FROM {table.FullName} WHERE " +
        (scope is null ? "" : $"{table.FullName}.{scope.Column} IN (SELECT s.{scope.Column} FROM {scope.Table.FullName} AS s) AND ") +
        $"NOT EXISTS (SELECT 1 FROM {workTable} AS w WHERE {KeyMatch(table, table.FullName, "w")})";

    /// <summary>The scope of a delete-missing upsert, resolved against the catalog (null when the options carry none): both tables must
    /// have the column, so identifiers in the generated SQL always come from the model.</summary>
    public static DeleteScope? Scope(SchemaCatalog catalog, TableDefinition target, UpsertOptions options)
    {
        if (options.ScopeTable is null)
        {
            return null;
        }

        var table = catalog.Table(options.ScopeTable);
        var column = options.ScopeColumn ?? throw new ArgumentException("A delete scope needs its column.", nameof(options));
        var inTarget = target.FindColumn(column) ?? throw new ArgumentException($"{target.FullName} has no column {column}.", nameof(options));
        _ = table.FindColumn(column) ?? throw new ArgumentException($"{table.FullName} has no column {column}.", nameof(options));
        return new DeleteScope(table, inTarget.Name);
    }
}

/// <summary>The rows a delete-missing upsert may delete: those whose <paramref name="Column"/> value is in <paramref name="Table"/>.</summary>
public sealed record DeleteScope(TableDefinition Table, string Column);
