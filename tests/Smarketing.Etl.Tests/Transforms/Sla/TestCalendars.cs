using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms.Sla;

namespace Smarketing.Etl.Tests.Transforms.Sla;

/// <summary>Small builders for business calendars and instants used by the SLA tests.</summary>
internal static class TestCalendars
{
    public static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static readonly DayOfWeek[] EveryDay = Enum.GetValues<DayOfWeek>();

    /// <summary>9:00–17:00 Monday to Friday in New York.</summary>
    public static BusinessCalendar NewYork(params DateOnly[] holidays) => Build("America/New_York", "09:00", "17:00", Weekdays, holidays);

    /// <summary>9:00–17:00 Monday to Friday in Los Angeles.</summary>
    public static BusinessCalendar LosAngeles() => Build("America/Los_Angeles", "09:00", "17:00", Weekdays);

    public static BusinessCalendar Build(string zone, string start, string end, DayOfWeek[] days, params DateOnly[] holidays) =>
        new(Definition(zone, start, end, days, holidays));

    public static BusinessCalendarDefinition Definition(string zone, string start, string end, DayOfWeek[] days, params DateOnly[] holidays) => new()
    {
        Name = $"{zone} {start}-{end}",
        TimeZone = zone,
        WorkStart = start,
        WorkEnd = end,
        WorkingDays = [.. days],
        Holidays = [.. holidays],
    };

    /// <summary>The shipped configuration's calendar named <paramref name="name"/> (config/funnel.json).</summary>
    public static BusinessCalendar Configured(string name) => new(ConfigurationLoader.Load(null).Value.Calendars.Single(c => c.Name == name));

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    /// <summary>A local wall-clock time in <paramref name="zone"/> as UTC, via TimeZoneInfo (independent of the calendar's own mapping).</summary>
    public static DateTime LocalToUtc(string zone, DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZoneInfo.FindSystemTimeZoneById(zone));
}
