namespace Smarketing.Etl.Transforms.Sla;

// The precomputed table behind the calendar: for each local date (indexed by day number) its working window in UTC ticks and the
// working ticks of all earlier dates. Non-working dates get an empty window at local midnight, so windows stay sorted and
// disjoint. The table covers the dates asked about and grows lazily (at least doubling), so growth costs O(1) per day amortized.
public sealed partial class BusinessCalendar
{
    private const int PaddingDays = 366;
    private const int FirstSupportedDay = 2;
    private static readonly int LastSupportedDay = DateOnly.MaxValue.DayNumber - 2;

    private int firstDay;
    private int dayCount;
    private long[] windowStart = [];
    private long[] windowEnd = [];
    private long[] workedBefore = [0L];

    /// <summary>
    /// Index of the last local date whose window starts at or before <paramref name="utcTicks"/>. UTC offsets stay within
    /// −12 h … +14 h, so that date is between two days before and one day after the instant's UTC date.
    /// </summary>
    private int IndexAt(long utcTicks)
    {
        var i = DayOf(utcTicks) + 1 - firstDay;
        while (windowStart[i] > utcTicks)
        {
            i--;
        }

        return i;
    }

    /// <summary>Working ticks from the start of the table to <paramref name="utcTicks"/>.</summary>
    private long WorkedBefore(long utcTicks)
    {
        var i = IndexAt(utcTicks);
        return workedBefore[i] + Math.Min(utcTicks - windowStart[i], windowEnd[i] - windowStart[i]);
    }

    /// <summary>The date index (at or after <paramref name="from"/>) whose window holds the <paramref name="threshold"/>-th working tick.</summary>
    private int FirstDayReaching(int from, long threshold)
    {
        while (workedBefore[dayCount] < threshold)
        {
            if (firstDay + dayCount > LastSupportedDay)
            {
                throw new InvalidOperationException($"Calendar '{Name}': the due time lies beyond the year 9999.");
            }

            Cover(firstDay + dayCount, firstDay + dayCount);
        }

        var low = from + 1;
        var high = dayCount;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (workedBefore[middle] >= threshold)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low - 1;
    }

    /// <summary>Makes sure the table holds the local dates <paramref name="low"/> … <paramref name="high"/> (day numbers).</summary>
    private void Cover(int low, int high)
    {
        if (low >= firstDay && high < firstDay + dayCount)
        {
            return;
        }

        var padding = Math.Max(PaddingDays, dayCount);
        var last = firstDay + dayCount - 1;
        var newFirst = dayCount == 0 || low < firstDay ? Math.Max(FirstSupportedDay, low - padding) : firstDay;
        var newLast = dayCount == 0 || high > last ? Math.Min(LastSupportedDay, high + padding) : last;
        Rebuild(newFirst, newLast - newFirst + 1);
    }

    private void Rebuild(int newFirst, int newCount)
    {
        var starts = new long[newCount];
        var ends = new long[newCount];
        var worked = new long[newCount + 1];
        var offset = firstDay - newFirst;
        Array.Copy(windowStart, 0, starts, offset >= 0 ? offset : 0, dayCount);
        Array.Copy(windowEnd, 0, ends, offset >= 0 ? offset : 0, dayCount);
        for (var i = 0; i < newCount; i++)
        {
            if (dayCount == 0 || i < offset || i >= offset + dayCount)
            {
                (starts[i], ends[i]) = Window(DateOnly.FromDayNumber(newFirst + i));
            }

            worked[i + 1] = worked[i] + (ends[i] - starts[i]);
        }

        (firstDay, dayCount, windowStart, windowEnd, workedBefore) = (newFirst, newCount, starts, ends, worked);
    }

    private (long Start, long End) Window(DateOnly date)
    {
        if (!workingDays[(int)date.DayOfWeek] || holidays.Contains(date))
        {
            var midnight = WallClock.ToUtcTicks(TimeZone, date.ToDateTime(TimeOnly.MinValue));
            return (midnight, midnight);
        }

        var start = WallClock.ToUtcTicks(TimeZone, date.ToDateTime(workStart));
        return (start, Math.Max(start, WallClock.ToUtcTicks(TimeZone, date.ToDateTime(workEnd))));
    }
}
