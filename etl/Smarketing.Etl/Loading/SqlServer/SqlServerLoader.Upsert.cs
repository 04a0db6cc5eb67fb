using System.Globalization;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.SqlServer;

public sealed partial class SqlServerLoader
{
    private readonly Dictionary<string, IReadOnlyList<string>> workColumns = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IRowWriter OpenWorkTable(TableDefinition target, IReadOnlyList<string> columns)
    {
        var definitions = CreateWorkTable(target, columns);
        return new SqlServerRowWriter(connection, transaction, SqlServerUpsertSql.WorkTableName(target), definitions, commandTimeoutSeconds);
    }

    /// <summary>Creates the work table of <paramref name="target"/> with these columns (named as the model spells them), for a
    /// bulk copy or a set-based fill, and remembers them for <see cref="Upsert"/>.</summary>
    private List<ColumnDefinition> CreateWorkTable(TableDefinition target, IReadOnlyList<string> columns)
    {
        var definitions = columns.Select(c => target.FindColumn(c)
            ?? throw new ArgumentException($"{target.FullName} has no column {c}.", nameof(columns))).ToList();
        var names = definitions.Select(c => c.Name).ToList();
        Execute(SqlServerUpsertSql.CreateWorkTable(target, names));
        workColumns[target.FullName] = names;
        return definitions;
    }

    /// <inheritdoc />
    public UpsertCounts Upsert(TableDefinition target, UpsertOptions options)
    {
        var written = workColumns[target.FullName];
        UpsertStatements.RequireBusinessKey(target, written);

        var total = Scalar(SqlServerUpsertSql.CountIncoming(target, written, options));
        var deleted = options.DeleteMissing ? Scalar(SqlServerUpsertSql.DeleteMissing(target, UpsertSql.Scope(Catalog, target, options))) : 0;
        var update = SqlServerUpsertSql.Update(target, written, options);
        var updated = update is null ? 0 : Scalar(update);
        var inserted = Scalar(SqlServerUpsertSql.Insert(target, written, options));
        Execute(SqlServerUpsertSql.DropWorkTable(target));
        return new UpsertCounts(inserted, updated, total - inserted - updated, deleted);
    }

    private long Scalar(string sql)
    {
        using var command = Command(sql);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
