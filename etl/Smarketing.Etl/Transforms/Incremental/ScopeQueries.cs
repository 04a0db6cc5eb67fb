using System.Data.Common;
using System.Globalization;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>Reading helpers shared by the scope decisions: a count, and rows collected first-reason-wins.</summary>
internal static class ScopeQueries
{
    /// <summary>The first column of the first row as a number (0 when there is none); disposes the reader.</summary>
    public static long Count(DbDataReader reader)
    {
        using var r = reader;
        return r.Read() ? r.Long(0) ?? 0 : 0;
    }

    /// <summary>Writes a batch's list (e.g. etl.RecomputeLead) after the caller emptied it (<paramref name="cleared"/> rows), so every
    /// row carries this batch's id; the count reports the cleared rows as deleted.</summary>
    public static EntityCount Relist<T>(IWarehouseLoader loader, IEnumerable<T> rows, long cleared)
        where T : class =>
        loader.Upsert(rows) with { RowsDeleted = cleared };

    /// <summary>"Reason: count, …" in order of first appearance, or "the delta touched none".</summary>
    public static string Summary(IEnumerable<string> reasons)
    {
        var counts = reasons.GroupBy(r => r).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {g.Count():N0}")).ToList();
        return counts.Count == 0 ? "the delta touched none" : string.Join(", ", counts);
    }

    /// <summary>Adds each row's key with <paramref name="value"/> unless the key is already there (an earlier reason wins); disposes the reader.</summary>
    public static void Collect<TKey, TValue>(Dictionary<TKey, TValue> into, DbDataReader reader, Func<DbDataReader, TKey> key, Func<DbDataReader, TValue> value)
        where TKey : notnull
    {
        using var r = reader;
        while (r.Read())
        {
            into.TryAdd(key(r), value(r));
        }
    }
}
