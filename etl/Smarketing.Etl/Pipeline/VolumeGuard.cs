using System.Globalization;

namespace Smarketing.Etl.Pipeline;

/// <summary>Stops a full extract that is much smaller than what the warehouse holds: an export cut short by an API limit or a
/// filter left on would otherwise replace good data. Deltas are exempt (they hold only what changed).</summary>
public static class VolumeGuard
{
    /// <summary>Why the extract of <paramref name="entity"/> is refused, or null: its distinct keys fall more than
    /// <paramref name="maxShrinkPercent"/> % below the keys loaded, or more than that share of the loaded keys is missing from it.</summary>
    public static string? Breach(string entity, IReadOnlySet<string> loaded, IReadOnlySet<string> extract, double maxShrinkPercent)
    {
        if (loaded.Count == 0)
        {
            return null;
        }

        var share = maxShrinkPercent / 100.0;
        if (extract.Count < loaded.Count * (1 - share))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{entity}: the full extract holds {extract.Count:N0} rows, {100.0 * (loaded.Count - extract.Count) / loaded.Count:0.0} % " +
                $"fewer than the {loaded.Count:N0} loaded (allowed: {maxShrinkPercent} %)");
        }

        var lost = loaded.Count(k => !extract.Contains(k));
        return lost > loaded.Count * share
            ? string.Create(CultureInfo.InvariantCulture,
                $"{entity}: the full extract lacks {lost:N0} of the {loaded.Count:N0} keys loaded ({100.0 * lost / loaded.Count:0.0} %, " +
                $"allowed: {maxShrinkPercent} %)")
            : null;
    }
}
