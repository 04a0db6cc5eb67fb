using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.SqlServer;

public sealed partial class SqlServerLoader
{
    /// <summary>Rows written by each set-based first load in progress, for <see cref="CompleteFirstLoad"/>.</summary>
    private readonly Dictionary<string, long> firstLoads = new(StringComparer.OrdinalIgnoreCase);

    // OpenFirstLoad keeps the interface's default (no direct bulk copy): SQL Server enforces the model's keys, so a file that
    // repeats a key would be refused by the target before the newest row could be chosen; the bulk copy into the work table is
    // the one copy the server writes besides the target.

    /// <inheritdoc />
    public long? FillFirstLoad(TableDefinition target, IReadOnlyList<string> columns, string selectSql)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (Scalar(IsEmptySql(target)) == 0)
        {
            return null;
        }

        var written = Execute(FillFirstLoadSql(target, columns, selectSql));
        firstLoads[target.FullName] = written;
        return written;
    }

    /// <inheritdoc />
    /// <remarks>Nothing to remove: the target's unique constraints refused the fill if the query repeated a business key (the
    /// batch then rolls back, as after an upsert of such rows), and the server checks every key at each statement.</remarks>
    public UpsertCounts CompleteFirstLoad(TableDefinition target, UpsertOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        return firstLoads.Remove(target.FullName, out var written)
            ? new UpsertCounts(written, 0, 0, 0)
            : throw new InvalidOperationException($"No first load of {target.FullName} is open.");
    }

    /// <summary>1 when <paramref name="target"/> holds no row, else 0 (stops at the first row).</summary>
    internal static string IsEmptySql(TableDefinition target) =>
        $"SELECT CASE WHEN EXISTS (SELECT 1 FROM {SqlServerUpsertSql.TableName(target)}) THEN 0 ELSE 1 END;";

    /// <summary>The statement that fills an empty <paramref name="target"/> itself inside the server (a first load written once).</summary>
    internal static string FillFirstLoadSql(TableDefinition target, IReadOnlyList<string> columns, string selectSql) =>
        UpsertStatements.FillTable(SqlServerDialect.Instance, target, columns, selectSql) + ";";
}
