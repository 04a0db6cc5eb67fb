namespace Smarketing.Etl.Transforms.Sla;

/// <summary>
/// Maps a local wall-clock time to a UTC instant: the first instant at which the clock in <paramref name="zone"/> reads that time
/// or later. An ambiguous time (the repeated hour after a fall-back) is its first, earlier occurrence; an invalid time (inside a
/// spring-forward gap) moves forward to the end of the gap (02:30 on a US spring-forward day is 03:00 daylight time). The mapping
/// never decreases, so a day's working window always lies between the previous and the next day's windows.
/// </summary>
internal static class WallClock
{
    private static readonly long SearchSpan = TimeSpan.FromHours(15).Ticks;

    /// <summary>UTC ticks of the first instant at which the wall clock reads <paramref name="local"/> or later.</summary>
    public static long ToUtcTicks(TimeZoneInfo zone, DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return EndOfGap(zone, local.Ticks);
        }

        if (zone.IsAmbiguousTime(local))
        {
            return local.Ticks - zone.GetAmbiguousTimeOffsets(local).Max().Ticks;
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone).Ticks;
    }

    /// <summary>
    /// Binary search for the first UTC instant whose local reading is at or after <paramref name="localTicks"/>. UTC offsets stay
    /// within ±14 h, so the answer lies within 15 h either side and the local reading only rises there (a gap is no fall-back).
    /// </summary>
    private static long EndOfGap(TimeZoneInfo zone, long localTicks)
    {
        var before = localTicks - SearchSpan;
        var after = localTicks + SearchSpan;
        while (after - before > 1)
        {
            var middle = before + ((after - before) / 2);
            if (Local(zone, middle) >= localTicks)
            {
                after = middle;
            }
            else
            {
                before = middle;
            }
        }

        return after;
    }

    private static long Local(TimeZoneInfo zone, long utcTicks) =>
        utcTicks + zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;
}
