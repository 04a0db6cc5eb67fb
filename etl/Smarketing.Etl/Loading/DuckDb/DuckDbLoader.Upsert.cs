using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.DuckDb;

public sealed partial class DuckDbLoader
{
    private readonly Dictionary<string, IReadOnlyList<string>> workColumns = new(StringComparer.OrdinalIgnoreCase);

    private static DuckDbDialect Dialect => DuckDbDialect.Instance;

    private static string WorkTableName(TableDefinition target) => Dialect.WorkTableName(target);

    /// <inheritdoc />
    public IRowWriter OpenWorkTable(TableDefinition target, IReadOnlyList<string> columns)
    {
        var definitions = CreateWorkTable(target, columns);
        var appender = connection.CreateAppender("temp", "main", $"Work_{target.Schema}_{target.Name}");
        return new DuckDbRowWriter(appender, columns, definitions.Select(c => ClrValue.For(c.Type)).ToArray());
    }

    /// <summary>Creates (or empties) the work table of <paramref name="target"/> with these columns, for a bulk writer or a
    /// set-based fill, and remembers its columns for <see cref="Upsert"/>.</summary>
    private List<ColumnDefinition> CreateWorkTable(TableDefinition target, IReadOnlyList<string> columns)
    {
        var definitions = columns.Select(c => target.FindColumn(c)
            ?? throw new ArgumentException($"{target.FullName} has no column {c}.", nameof(columns))).ToList();
        Execute(Dialect.CreateWorkTable(target, definitions));
        workColumns[target.FullName] = columns;
        return definitions;
    }

    /// <inheritdoc />
    public UpsertCounts Upsert(TableDefinition target, UpsertOptions options)
    {
        var work = WorkTableName(target);
        var written = workColumns[target.FullName];
        UpsertStatements.RequireBusinessKey(target, written);

        // Only pay for de-duplication (a window over the whole work table) when the work table holds a key twice, and for the
        // update and anti-join when the target already has rows: a first load of a large table is then a plain bulk insert.
        var duplicated = HasRepeatedKey(work, target);
        var total = Scalar(UpsertStatements.CountIncoming(Dialect, target, written, options, duplicated));
        if (IsEmpty(target))
        {
            var loaded = Execute(UpsertStatements.InsertIntoEmpty(Dialect, target, written, options, duplicated));
            RecordUpsert(target, work, written, loaded, intoEmptyTable: UniqueAfterInsert(target, options, duplicated));
            Execute(Dialect.DropWorkTable(target));
            return new UpsertCounts(loaded, 0, total - loaded, 0);
        }

        var deleted = options.DeleteMissing ? Execute(UpsertStatements.DeleteMissing(Dialect, target, UpsertSql.Scope(Catalog, target, options))) : 0;
        var update = UpsertStatements.Update(Dialect, target, written, options, duplicated);
        var updated = update is null ? 0 : Execute(update);
        var inserted = Execute(UpsertStatements.Insert(Dialect, target, written, options, duplicated));

        RecordUpsert(target, work, written, inserted + updated);
        Execute(Dialect.DropWorkTable(target));
        return new UpsertCounts(inserted, updated, total - inserted - updated, deleted);
    }

    /// <summary>True when <paramref name="table"/> (a work table, or a target after a first load) holds a business key of
    /// <paramref name="target"/> more than once. Grouped by a hash of the key (a number, cheaper to group than text); a collision
    /// only costs the de-duplication that follows.</summary>
    private bool HasRepeatedKey(string table, TableDefinition target)
    {
        var keys = string.Join(", ", target.BusinessKey.Select(Dialect.Quote));
        return Scalar(
            $"SELECT count(*) FROM (SELECT 1 FROM {table} GROUP BY hash({keys}) HAVING count(*) > 1 LIMIT 1) AS Duplicates") > 0;
    }

    /// <summary>Whether rows inserted into an empty table are unique by construction, so the key check at commit need not group
    /// the table: when no key repeated, or the repeats were ranked newest first and only the newest kept. A key repeated with no
    /// version to choose its newest row is inserted as written, and the check must find it.</summary>
    private static bool UniqueAfterInsert(TableDefinition target, UpsertOptions options, bool duplicated) =>
        !duplicated || UpsertStatements.NewestFirst(Dialect, target, options).Length > 0;

    /// <summary>True when <paramref name="target"/> holds no row (read without scanning it).</summary>
    private bool IsEmpty(TableDefinition target) =>
        Scalar($"SELECT count(*) FROM (SELECT 1 FROM {Dialect.TableName(target)} LIMIT 1) AS Existing") == 0;

    private long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
