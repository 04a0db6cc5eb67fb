using Smarketing.Etl.Transforms.Sla;
using static Smarketing.Etl.Tests.Transforms.Sla.TestCalendars;

namespace Smarketing.Etl.Tests.Transforms.Sla;

/// <summary>
/// Compares the calendar with a slow, independent reading: walk minute by minute in UTC and count the minutes whose local wall-clock
/// time (TimeZoneInfo) falls in the window on a working date. Spans sit around daylight-saving changes, where mistakes would show.
/// </summary>
public sealed class BusinessCalendarWallClockTests
{
    private static readonly DateTime[] Changes = [Utc(2024, 3, 10, 7), Utc(2024, 11, 3, 6), Utc(2024, 3, 31, 1), Utc(2024, 10, 27, 1), Utc(2024, 7, 4, 12)];

    [Test]
    public void Business_hours_match_a_minute_by_minute_walk_of_the_wall_clock()
    {
        var calendars = new (BusinessCalendar Calendar, string Zone, TimeOnly Start, TimeOnly End, DayOfWeek[] Days, DateOnly[] Holidays)[]
        {
            (NewYork(new DateOnly(2024, 7, 4)), "America/New_York", new(9, 0), new(17, 0), Weekdays, [new DateOnly(2024, 7, 4)]),
            (Build("America/New_York", "00:00", "23:59", EveryDay), "America/New_York", new(0, 0), new(23, 59), EveryDay, []),
            (Build("America/New_York", "01:00", "03:00", EveryDay), "America/New_York", new(1, 0), new(3, 0), EveryDay, []),
            (Build("America/New_York", "02:30", "04:00", EveryDay), "America/New_York", new(2, 30), new(4, 0), EveryDay, []),
            (Build("Europe/London", "00:30", "02:30", EveryDay), "Europe/London", new(0, 30), new(2, 30), EveryDay, []),
            (Build("Europe/London", "09:00", "17:30", Weekdays), "Europe/London", new(9, 0), new(17, 30), Weekdays, []),
        };
        var random = new Random(42);
        for (var i = 0; i < 300; i++)
        {
            var (calendar, zone, start, end, days, holidays) = calendars[i % calendars.Length];
            var from = Changes[random.Next(Changes.Length)].AddMinutes(random.Next(-3 * 1440, 1440));
            var to = from.AddMinutes(random.Next(0, 3 * 1440));
            var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
            var minutes = 0;
            for (var m = from; m < to; m = m.AddMinutes(1))
            {
                var local = TimeZoneInfo.ConvertTimeFromUtc(m, tz);
                var date = DateOnly.FromDateTime(local);
                var time = TimeOnly.FromDateTime(local);
                minutes += days.Contains(local.DayOfWeek) && !holidays.Contains(date) && time >= start && time < end ? 1 : 0;
            }

            Assert.That(calendar.BusinessHoursBetween(from, to) * 60m, Is.EqualTo((decimal)minutes).Within(0.000001m), $"{calendar.Name}: {from:O} → {to:O}");
        }
    }
}
