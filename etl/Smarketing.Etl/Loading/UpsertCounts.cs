namespace Smarketing.Etl.Loading;

/// <summary>What an upsert did: rows inserted, rows whose values changed, rows left as they were, and rows deleted
/// (only with <see cref="UpsertOptions.DeleteMissing"/>).</summary>
public readonly record struct UpsertCounts(long Inserted, long Updated, long Unchanged, long Deleted = 0)
{
    /// <summary>Adds two results.</summary>
    public static UpsertCounts operator +(UpsertCounts a, UpsertCounts b) =>
        new(a.Inserted + b.Inserted, a.Updated + b.Updated, a.Unchanged + b.Unchanged, a.Deleted + b.Deleted);
}
