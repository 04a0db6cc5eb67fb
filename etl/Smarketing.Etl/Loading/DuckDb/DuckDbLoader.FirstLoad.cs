using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.DuckDb;

public sealed partial class DuckDbLoader
{
    /// <summary>The columns of each first load in progress (target → columns written), for <see cref="CompleteFirstLoad"/>.</summary>
    private readonly Dictionary<string, IReadOnlyList<string>> firstLoads = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    /// <remarks>DuckDB's appender fills every column of a table in the table's order, so the rows go straight into the target only
    /// when <paramref name="columns"/> are exactly its columns (a staging file: the file's columns, the typed ones, lineage).
    /// Into an empty table the upsert would insert every de-duplicated work row; writing them there directly saves the engine a
    /// second copy of the file (3.5 million activities at 100,000 leads).</remarks>
    public IRowWriter? OpenFirstLoad(TableDefinition target, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(columns);
        if (!columns.SequenceEqual(target.Columns.Select(c => c.Name), StringComparer.OrdinalIgnoreCase) || !IsEmpty(target))
        {
            return null;
        }

        firstLoads[target.FullName] = columns;
        var appender = connection.CreateAppender(target.Schema, target.Name);
        return new DuckDbRowWriter(appender, columns, target.Columns.Select(c => ClrValue.For(c.Type)).ToArray());
    }

    /// <inheritdoc />
    public long? FillFirstLoad(TableDefinition target, IReadOnlyList<string> columns, string selectSql)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(columns);
        if (!IsEmpty(target))
        {
            return null;
        }

        firstLoads[target.FullName] = columns;
        return Execute(UpsertStatements.FillTable(Dialect, target, columns, selectSql));
    }

    /// <inheritdoc />
    /// <remarks>Duplicates are looked for as the upsert does (<see cref="HasRepeatedKey"/>). Only the keys written more than once
    /// are ranked, and their older rows deleted by row id.</remarks>
    public UpsertCounts CompleteFirstLoad(TableDefinition target, UpsertOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        if (!firstLoads.Remove(target.FullName, out var written))
        {
            throw new InvalidOperationException($"No first load of {target.FullName} is open.");
        }

        UpsertStatements.RequireBusinessKey(target, written);
        var table = Dialect.TableName(target);
        var duplicated = HasRepeatedKey(table, target);
        var order = UpsertStatements.NewestFirst(Dialect, target, options);
        if (duplicated && order.Length > 0)
        {
            Execute(RemoveSupersededRows(target, order));
        }

        var loaded = Scalar($"SELECT count(*) FROM {table}");
        RecordUpsert(target, table, written, loaded, intoEmptyTable: UniqueAfterInsert(target, options, duplicated));
        return new UpsertCounts(loaded, 0, 0, 0);
    }

    /// <summary>Deletes every row of a business key written more than once except its newest (<paramref name="order"/>), the
    /// row the upsert's <c>ROW_NUMBER() … = 1</c> would have kept.</summary>
    private string RemoveSupersededRows(TableDefinition target, string order)
    {
        var table = Dialect.TableName(target);
        var partition = string.Join(", ", target.BusinessKey.Select(k => "t." + Dialect.Quote(k)));
        var keys = string.Join(", ", target.BusinessKey.Select(Dialect.Quote));
        var repeated = string.Join(" AND ",
            target.BusinessKey.Select(k => $"t.{Dialect.Quote(k)} IS NOT DISTINCT FROM r.{Dialect.Quote(k)}"));
        return $"DELETE FROM {table} WHERE rowid IN (SELECT RowId FROM (SELECT t.rowid AS RowId, ROW_NUMBER() OVER " +
               $"(PARTITION BY {partition} ORDER BY {order}) AS RowNumber FROM {table} AS t WHERE EXISTS (SELECT 1 FROM " +
               $"(SELECT {keys} FROM {table} GROUP BY {keys} HAVING count(*) > 1) AS r WHERE {repeated})) AS Ranked " +
               "WHERE RowNumber > 1)";
    }
}
