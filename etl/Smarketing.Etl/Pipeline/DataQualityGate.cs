using System.Globalization;
using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Pipeline;

/// <summary>Fails a batch when, for any entity, rejected rows exceed both the allowed share of rows read and the minimum count:
/// the share alone would let one bad cell in a 7-row file stop the nightly batch (1 of 7 = 14 %).</summary>
public static class DataQualityGate
{
    /// <summary>Entities over the threshold, each described (e.g. "Lead: 12 of 100 rows rejected (12.0 % > 5 % and 12 > 10 rows)").</summary>
    public static IReadOnlyList<string> Breaches(IEnumerable<EntityCount> counts, double maxRejectPercent, int minRejectedRows = 0) =>
        counts.Where(c => c.RowsRead > 0 && c.RowsRejected > minRejectedRows && 100.0 * c.RowsRejected / c.RowsRead > maxRejectPercent)
            .Select(c => string.Create(CultureInfo.InvariantCulture,
                $"{c.EntityName}: {c.RowsRejected} of {c.RowsRead} rows rejected " +
                $"({100.0 * c.RowsRejected / c.RowsRead:0.0} % > {maxRejectPercent} % and {c.RowsRejected} > {minRejectedRows} rows)"))
            .ToList();
}
