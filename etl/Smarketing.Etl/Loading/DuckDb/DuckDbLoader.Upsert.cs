using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.DuckDb;

public sealed partial class DuckDbLoader
{
    private readonly Dictionary<string, IReadOnlyList<string>> workColumns = new(StringComparer.OrdinalIgnoreCase);

    private static string WorkTableName(TableDefinition target) => $"Work_{target.Schema}_{target.Name}";

    /// <inheritdoc />
    public IRowWriter OpenWorkTable(TableDefinition target, IReadOnlyList<string> columns)
    {
        var definitions = columns.Select(c => target.FindColumn(c)
            ?? throw new ArgumentException($"{target.FullName} has no column {c}.", nameof(columns))).ToList();
        var ddl = string.Join(", ", definitions.Select(c => $"{c.Name} {DuckDbTypeMapper.ToDuckDb(c.Type)}"));
        Execute($"CREATE OR REPLACE TEMP TABLE {WorkTableName(target)} ({ddl})");
        workColumns[target.FullName] = columns;
        var appender = connection.CreateAppender("temp", "main", WorkTableName(target));
        return new DuckDbRowWriter(appender, columns, definitions.Select(c => ClrValue.For(c.Type)).ToArray());
    }

    /// <inheritdoc />
    public UpsertCounts Upsert(TableDefinition target, UpsertOptions options)
    {
        var work = WorkTableName(target);
        var written = workColumns[target.FullName];
        var missingKey = target.BusinessKey.Where(k => !written.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missingKey.Count > 0)
        {
            throw new InvalidOperationException($"Cannot upsert {target.FullName}: its work table lacks the business key {string.Join(", ", missingKey)}.");
        }

        // Only pay for de-duplication (a window over the whole work table) when the work table holds a key twice, and for the
        // update and anti-join when the target already has rows: a first load of a large table is then a plain bulk insert.
        // Duplicates are found by a hash of the key (a number, cheaper to group than text); a collision only costs the de-duplication.
        var keys = string.Join(", ", target.BusinessKey);
        var duplicated = Scalar($"SELECT count(*) FROM (SELECT 1 FROM {work} GROUP BY hash({keys}) HAVING count(*) > 1 LIMIT 1) AS Duplicates") > 0;
        var source = duplicated ? UpsertSql.Deduplicated(target, written, work, options) : $"SELECT {string.Join(", ", written)} FROM {work}";
        var total = Scalar(duplicated ? $"SELECT count(*) FROM ({source}) AS Incoming" : $"SELECT count(*) FROM {work}");
        var columns = string.Join(", ", written);
        if (Scalar($"SELECT count(*) FROM (SELECT 1 FROM {target.FullName} LIMIT 1) AS Existing") == 0)
        {
            var loaded = Execute($"INSERT INTO {target.FullName} ({columns}) {source}");
            RecordUpsert(target, work, written, loaded, intoEmptyTable: true);
            Execute($"DROP TABLE {work}");
            return new UpsertCounts(loaded, 0, total - loaded, 0);
        }

        var deleted = options.DeleteMissing ? Execute(UpsertSql.DeleteMissing(target, work, UpsertSql.Scope(Catalog, target, options))) : 0;

        var set = string.Join(", ", UpsertSql.UpdatedColumns(target, written).Select(c => $"{c} = w.{c}"));
        var updated = set.Length == 0 ? 0 : Execute(
            $"UPDATE {target.FullName} AS t SET {set} FROM ({source}) AS w " +
            $"WHERE {UpsertSql.KeyMatch(target, "t", "w")} AND {UpsertSql.ChangedPredicate(target, written, "t", "w", options)}");

        var inserted = Execute(
            $"INSERT INTO {target.FullName} ({columns}) SELECT {columns} FROM ({source}) AS w " +
            $"WHERE NOT EXISTS (SELECT 1 FROM {target.FullName} AS t WHERE {UpsertSql.KeyMatch(target, "t", "w")})");

        RecordUpsert(target, work, written, inserted + updated);
        Execute($"DROP TABLE {work}");
        return new UpsertCounts(inserted, updated, total - inserted - updated, deleted);
    }

    private long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
