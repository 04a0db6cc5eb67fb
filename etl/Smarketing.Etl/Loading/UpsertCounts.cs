namespace Smarketing.Etl.Loading;

/// <summary>What an upsert did: rows inserted, rows whose values changed, and rows left as they were.</summary>
public readonly record struct UpsertCounts(long Inserted, long Updated, long Unchanged)
{
    /// <summary>Adds two results.</summary>
    public static UpsertCounts operator +(UpsertCounts a, UpsertCounts b) =>
        new(a.Inserted + b.Inserted, a.Updated + b.Updated, a.Unchanged + b.Unchanged);
}
