using Dapper;
using DuckDB.NET.Data;

namespace Smarketing.Etl.Tests.Support;

/// <summary>Compares the content of two DuckDB warehouse files relation by relation with <c>EXCEPT ALL</c> both ways. Surrogate keys
/// (columns ending in Key, except the DateKey columns) and lineage columns are left out, because keys are assigned in load order and
/// lineage names the batch; everything else (every number) must be equal, duplicates counted.</summary>
internal static class WarehouseComparison
{
    /// <summary>One relation compared: its rows on each side and the rows found on one side only.</summary>
    public sealed record Result(string Relation, long Rows, long OnlyLeft, long OnlyRight)
    {
        /// <summary>True when both sides hold the same rows.</summary>
        public bool Equal => OnlyLeft == 0 && OnlyRight == 0;

        /// <inheritdoc />
        public override string ToString() => $"{Relation}: {Rows} row(s), {OnlyLeft} only left, {OnlyRight} only right";
    }

    /// <summary>Compares the base tables of <paramref name="schemas"/> (and their views with <paramref name="views"/>) of
    /// <paramref name="left"/> with those of <paramref name="right"/>. <paramref name="columnFilter"/> may drop further columns
    /// (relation, column → keep) and <paramref name="rowFilter"/> may restrict a relation's rows (relation → WHERE clause or null).</summary>
    public static IReadOnlyList<Result> Compare(string left, string right, IReadOnlyList<string> schemas, bool views = false,
        Func<string, string, bool>? columnFilter = null, Func<string, string?>? rowFilter = null)
    {
        using var db = new DuckDBConnection($"Data Source={left};ACCESS_MODE=READ_ONLY");
        db.Open();
        db.Execute($"ATTACH '{right}' AS right_side (READ_ONLY)");
        var kinds = views ? "'BASE TABLE', 'VIEW'" : "'BASE TABLE'";
        var relations = db.Query<string>(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_catalog = current_database() " +
            $"AND table_schema IN ({string.Join(", ", schemas.Select(s => $"'{s}'"))}) AND table_type IN ({kinds}) ORDER BY 1").ToList();
        var results = new List<Result>();
        foreach (var relation in relations)
        {
            var (schema, name) = (relation.Split('.')[0], relation.Split('.')[1]);
            var columns = db.Query<string>(
                    "SELECT column_name FROM information_schema.columns WHERE table_catalog = current_database() " +
                    $"AND table_schema = '{schema}' AND table_name = '{name}' ORDER BY ordinal_position")
                .Where(c => !IsSurrogateKey(c) && c is not ("BatchId" or "SourceFile" or "SourceLine"))
                .Where(c => columnFilter?.Invoke(relation, c) ?? true)
                .Select(c => $"\"{c}\"")
                .ToList();
            var list = string.Join(", ", columns);
            var where = rowFilter?.Invoke(relation) is { } filter ? $" WHERE {filter}" : "";
            var leftRows = $"SELECT {list} FROM {relation}{where}";
            var rightRows = $"SELECT {list} FROM right_side.{relation}{where}";
            results.Add(new Result(
                relation,
                db.ExecuteScalar<long>($"SELECT count(*) FROM {relation}{where}"),
                db.ExecuteScalar<long>($"SELECT count(*) FROM ({leftRows} EXCEPT ALL {rightRows})"),
                db.ExecuteScalar<long>($"SELECT count(*) FROM ({rightRows} EXCEPT ALL {leftRows})")));
        }

        return results;
    }

    /// <summary>Compares a warehouse built by incremental batches with one full load of the same final extract: stg and dw, with
    /// dw.DimRep compared on its current versions only (a delta opens versions at the batch instant, a full load at the change).</summary>
    public static IReadOnlyList<Result> CompareIncrementalWithFull(string incremental, string full) =>
        Compare(incremental, full, ["stg", "dw"],
            columnFilter: (table, column) => table != "dw.DimRep" || column is not ("ValidFromUtc" or "ValidToUtc"),
            rowFilter: table => table == "dw.DimRep" ? "IsCurrent" : null);

    /// <summary>A surrogate key: assigned in load order, so not comparable between two loads (DateKey columns are dates).</summary>
    public static bool IsSurrogateKey(string column) =>
        column.EndsWith("Key", StringComparison.Ordinal) && !column.EndsWith("DateKey", StringComparison.Ordinal);
}
