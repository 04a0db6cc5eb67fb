using System.Globalization;
using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Transforms.Sla;

/// <summary>
/// Working time of one configured calendar (SPEC §3): working days, a daily local window and holidays in an IANA time zone. SLA
/// clocks run only inside it. Each local date's window is converted to UTC for that date (so daylight-saving changes are exact) and
/// kept with running totals of working time, making both <see cref="BusinessHoursBetween"/> and <see cref="AddBusinessHours"/>
/// O(1)/O(log n) for spans of any length. Not thread-safe: give each worker thread its own instance.
/// </summary>
/// <remarks>
/// Instants are UTC (<see cref="DateTimeKind.Utc"/>, or <see cref="DateTimeKind.Unspecified"/> read as UTC; local kinds are rejected)
/// between 0001-01-05 and 9999-12-28, so sentinels such as <see cref="DateTime.MaxValue"/> fail loudly. A window boundary falling in a
/// daylight-saving change is the first instant the wall clock reads it or later: an ambiguous (repeated) time takes its first, earlier
/// occurrence (daylight time in the US and UK); a time inside a spring-forward gap moves to the end of the gap (02:30 → 03:00).
/// </remarks>
public sealed partial class BusinessCalendar
{
    private const decimal MaxHours = 10_000_000m;

    private readonly bool[] workingDays = new bool[7];
    private readonly HashSet<DateOnly> holidays;
    private readonly TimeOnly workStart;
    private readonly TimeOnly workEnd;

    /// <summary>Builds the calendar; throws <see cref="ArgumentException"/> for a definition the configuration validator rejects.</summary>
    public BusinessCalendar(BusinessCalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Name = definition.Name;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(definition.TimeZone, out var zone))
        {
            throw new ArgumentException($"Calendar '{Name}': '{definition.TimeZone}' is not an IANA time zone id", nameof(definition));
        }

        TimeZone = zone;
        workStart = ParseTime(definition.WorkStart, "workStart");
        workEnd = ParseTime(definition.WorkEnd, "workEnd");
        if (workStart >= workEnd)
        {
            throw new ArgumentException($"Calendar '{Name}': workStart {definition.WorkStart} must be before workEnd {definition.WorkEnd}", nameof(definition));
        }

        foreach (var day in definition.WorkingDays)
        {
            workingDays[(int)day] = true;
        }

        if (!workingDays.Contains(true))
        {
            throw new ArgumentException($"Calendar '{Name}': at least one working day is required", nameof(definition));
        }

        holidays = [.. definition.Holidays];
    }

    /// <summary>The configured calendar name.</summary>
    public string Name { get; }

    /// <summary>The calendar's time zone (its <see cref="TimeZoneInfo.Id"/> is the configured IANA id).</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Working time between two UTC instants, in hours (exact to the tick; round to 2 dp when storing); 0 when end &lt;= start.</summary>
    public decimal BusinessHoursBetween(DateTime startUtc, DateTime endUtc)
    {
        var start = UtcTicks(startUtc, nameof(startUtc));
        var end = UtcTicks(endUtc, nameof(endUtc));
        if (end <= start)
        {
            return 0m;
        }

        Cover(DayOf(start) - 2, DayOf(end) + 1);
        return (decimal)(WorkedBefore(end) - WorkedBefore(start)) / TimeSpan.TicksPerHour;
    }

    /// <summary>
    /// The UTC instant at which <paramref name="hours"/> of working time have elapsed after <paramref name="startUtc"/> (an SLA due
    /// time). A start outside working time counts from the next window; 0 hours returns the start itself when it is working time,
    /// else the next window's start. A due time that lands on the end of a window is that end (17:00), not the next morning.
    /// </summary>
    public DateTime AddBusinessHours(DateTime startUtc, decimal hours)
    {
        if (hours < 0m || hours > MaxHours)
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, $"Business hours must be between 0 and {MaxHours.ToString(CultureInfo.InvariantCulture)}.");
        }

        var start = UtcTicks(startUtc, nameof(startUtc));
        var ticks = (long)decimal.Round(hours * TimeSpan.TicksPerHour, MidpointRounding.AwayFromZero);
        Cover(DayOf(start) - 2, DayOf(start) + 1);
        var first = IndexAt(start);
        var target = WorkedBefore(start) + ticks;
        var day = FirstDayReaching(first, ticks > 0 ? target : target + 1);
        return new DateTime(windowStart[day] + (target - workedBefore[day]), DateTimeKind.Utc);
    }

    /// <summary>Whether <paramref name="utc"/> lies inside a working window (windows include their start, exclude their end).</summary>
    public bool IsWorkingTime(DateTime utc)
    {
        var ticks = UtcTicks(utc, nameof(utc));
        Cover(DayOf(ticks) - 2, DayOf(ticks) + 1);
        return ticks < windowEnd[IndexAt(ticks)];
    }

    private static long UtcTicks(DateTime instant, string parameter)
    {
        if (instant.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("Business calendar instants must be UTC, not local to this machine.", parameter);
        }

        var day = DayOf(instant.Ticks);
        return day - 2 >= FirstSupportedDay && day + 1 <= LastSupportedDay
            ? instant.Ticks
            : throw new ArgumentOutOfRangeException(parameter, instant, "Business calendar instants must lie between 0001-01-05 and 9999-12-28.");
    }

    private static int DayOf(long utcTicks) => (int)(utcTicks / TimeSpan.TicksPerDay);

    private TimeOnly ParseTime(string value, string field) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new ArgumentException($"Calendar '{Name}': {field} '{value}' is not a time of day (HH:mm)", field);
}
