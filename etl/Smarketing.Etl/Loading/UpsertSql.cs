using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading;

/// <summary>The column choices of an upsert, read from the catalog (which columns are written, set and compared) and its delete
/// scope; the statements themselves come from <see cref="UpsertStatements"/>.</summary>
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

    /// <summary><c>t.k1 = w.k1 AND …</c> for the business key.</summary>
    public static string KeyMatch(TableDefinition table, string target, string work) =>
        string.Join(" AND ", table.BusinessKey.Select(k => $"{target}.{k} = {work}.{k}"));

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
