using System.Globalization;
using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Pipeline;

/// <summary>Fails a batch when, for any entity, rejected rows exceed the allowed share of rows read.</summary>
public static class DataQualityGate
{
    /// <summary>Entities over the threshold, each described (e.g. "Lead: 12 of 100 rows rejected (12.0 % > 5 %)").</summary>
    public static IReadOnlyList<string> Breaches(IEnumerable<EntityCount> counts, double maxRejectPercent) =>
        counts.Where(c => c.RowsRead > 0 && 100.0 * c.RowsRejected / c.RowsRead > maxRejectPercent)
            .Select(c => string.Create(CultureInfo.InvariantCulture,
                $"{c.EntityName}: {c.RowsRejected} of {c.RowsRead} rows rejected ({100.0 * c.RowsRejected / c.RowsRead:0.0} % > {maxRejectPercent} %)"))
            .ToList();
}
