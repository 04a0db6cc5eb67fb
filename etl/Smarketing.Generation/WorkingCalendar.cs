namespace Smarketing.Generation;

/// <summary>
/// A rep's working time: 9:00–17:00 Monday to Friday in their own time zone, public holidays off. Acceptance delays and
/// first touches are drawn in working minutes and placed on the wall clock here, so they pause over nights, weekends,
/// holidays and stay correct across daylight-saving changes.
/// </summary>
internal sealed class WorkingCalendar(TimeZoneInfo zone, IReadOnlySet<DateOnly> holidays)
{
    private static readonly TimeSpan DayStart = TimeSpan.FromHours(9);
    private static readonly TimeSpan DayEnd = TimeSpan.FromHours(17);

    public TimeZoneInfo Zone { get; } = zone;

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>The rep's local calendar date at a UTC instant (what Salesforce shows as a date for them).</summary>
    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Zone));

    /// <summary>The UTC instant reached after <paramref name="workingMinutes"/> of working time from <paramref name="startUtc"/>.</summary>
    public DateTime AddWorkingMinutes(DateTime startUtc, double workingMinutes)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(startUtc, Zone);
        var remaining = TimeSpan.FromMinutes(Math.Max(0, workingMinutes));
        while (true)
        {
            var day = DateOnly.FromDateTime(local);
            if (!IsWorkingDay(day) || local.TimeOfDay >= DayEnd)
            {
                local = NextWorkingDayStart(day);
                continue;
            }

            if (local.TimeOfDay < DayStart)
            {
                local = local.Date + DayStart;
            }

            var left = DayEnd - local.TimeOfDay;
            if (remaining <= left)
            {
                return ToUtc(local + remaining);
            }

            remaining -= left;
            local = NextWorkingDayStart(day);
        }
    }

    private DateTime NextWorkingDayStart(DateOnly day)
    {
        do
        {
            day = day.AddDays(1);
        }
        while (!IsWorkingDay(day));

        return day.ToDateTime(TimeOnly.MinValue) + DayStart;
    }

    private DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);
}
