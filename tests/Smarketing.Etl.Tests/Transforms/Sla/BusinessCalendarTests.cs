using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms.Sla;
using static Smarketing.Etl.Tests.Transforms.Sla.TestCalendars;

namespace Smarketing.Etl.Tests.Transforms.Sla;

public sealed class BusinessCalendarTests
{
    [Test]
    public void Clock_pauses_over_the_weekend()
    {
        // Friday 2024-05-10 16:30 EDT (20:30 UTC) → Monday 2024-05-13 10:00 EDT (14:00 UTC): Friday 0.5 h + Monday 1 h.
        Assert.That(NewYork().BusinessHoursBetween(Utc(2024, 5, 10, 20, 30), Utc(2024, 5, 13, 14)), Is.EqualTo(1.5m));
    }

    [Test]
    public void A_holiday_is_not_working_time()
    {
        // Wednesday 2024-07-03 16:00 EDT → Friday 2024-07-05 10:00 EDT with the 4th off: Wednesday 1 h + Friday 1 h.
        var calendar = NewYork(new DateOnly(2024, 7, 4));

        Assert.That(calendar.BusinessHoursBetween(Utc(2024, 7, 3, 20), Utc(2024, 7, 5, 14)), Is.EqualTo(2m));
    }

    [Test]
    public void The_same_instants_give_different_hours_in_New_York_and_Los_Angeles()
    {
        // Friday 20:30 UTC → Monday 14:00 UTC is 16:30 → 10:00 in New York (0.5 + 1 h) but 13:30 → 07:00 in Los Angeles (3.5 + 0 h).
        var (start, end) = (Utc(2024, 5, 10, 20, 30), Utc(2024, 5, 13, 14));

        Assert.That(NewYork().BusinessHoursBetween(start, end), Is.EqualTo(1.5m));
        Assert.That(LosAngeles().BusinessHoursBetween(start, end), Is.EqualTo(3.5m));
    }

    [Test]
    public void A_single_day_counts_only_the_overlap_with_the_local_window()
    {
        // Monday 2024-05-13 12:00–22:00 UTC: New York 08:00–18:00 EDT → 8 h; Los Angeles 05:00–15:00 PDT → 09:00–15:00 = 6 h.
        Assert.That(NewYork().BusinessHoursBetween(Utc(2024, 5, 13, 12), Utc(2024, 5, 13, 22)), Is.EqualTo(8m));
        Assert.That(LosAngeles().BusinessHoursBetween(Utc(2024, 5, 13, 12), Utc(2024, 5, 13, 22)), Is.EqualTo(6m));
    }

    [Test]
    public void Hours_are_exact_to_the_millisecond()
    {
        var start = Utc(2024, 5, 13, 13).AddMilliseconds(1);

        Assert.That(NewYork().BusinessHoursBetween(start, start.AddMilliseconds(1)), Is.EqualTo(1m / 3_600_000m));
    }

    [Test]
    public void An_end_at_or_before_the_start_is_zero_hours()
    {
        Assert.That(NewYork().BusinessHoursBetween(Utc(2024, 5, 13, 15), Utc(2024, 5, 13, 15)), Is.Zero);
        Assert.That(NewYork().BusinessHoursBetween(Utc(2024, 5, 13, 15), Utc(2024, 5, 13, 14)), Is.Zero);
    }

    [Test]
    public void Working_time_includes_the_window_start_and_excludes_its_end()
    {
        var calendar = NewYork();

        Assert.That(calendar.IsWorkingTime(Utc(2024, 5, 13, 13)), Is.True, "Monday 09:00 EDT");
        Assert.That(calendar.IsWorkingTime(Utc(2024, 5, 13, 20, 59)), Is.True, "Monday 16:59 EDT");
        Assert.That(calendar.IsWorkingTime(Utc(2024, 5, 13, 21)), Is.False, "Monday 17:00 EDT");
        Assert.That(calendar.IsWorkingTime(Utc(2024, 5, 11, 15)), Is.False, "Saturday 11:00 EDT");
    }

    [Test]
    public void A_year_is_the_working_days_times_the_daily_hours()
    {
        var newYork = Configured("US Eastern");
        var london = Configured("UK");

        Assert.That(YearSpan(newYork, "America/New_York", 2024), Is.EqualTo(WorkingDays(2024, newYork.Name) * 8m).And.EqualTo(2040m), "262 weekdays − 7 holidays (incl. the day after Thanksgiving)");
        Assert.That(YearSpan(london, "Europe/London", 2024), Is.EqualTo(WorkingDays(2024, london.Name) * 8.5m).And.EqualTo(2159m), "262 weekdays − 8 bank holidays");
    }

    [Test]
    public void Half_a_century_spans_every_daylight_saving_rule_change()
    {
        // 1990–2039 in New York without holidays: the US changed its DST rules in 2007; every weekday still counts 8 h.
        var calendar = NewYork();
        var start = LocalToUtc("America/New_York", new DateTime(1990, 1, 1));
        var end = LocalToUtc("America/New_York", new DateTime(2040, 1, 1));
        var weekdays = Days(new DateOnly(1990, 1, 1), new DateOnly(2039, 12, 31)).Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

        Assert.That(calendar.BusinessHoursBetween(start, end), Is.EqualTo(weekdays * 8m));
    }

    [Test]
    public void Local_instants_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => NewYork().IsWorkingTime(new DateTime(2024, 5, 13, 9, 0, 0, DateTimeKind.Local)));
    }

    [Test]
    public void Sentinel_instants_outside_the_supported_years_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NewYork().BusinessHoursBetween(Utc(2024, 5, 13, 15), DateTime.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => NewYork().IsWorkingTime(DateTime.MinValue));
    }

    private static decimal YearSpan(BusinessCalendar calendar, string zone, int year) =>
        calendar.BusinessHoursBetween(LocalToUtc(zone, new DateTime(year, 1, 1)), LocalToUtc(zone, new DateTime(year + 1, 1, 1)));

    private static int WorkingDays(int year, string calendarName)
    {
        var holidays = ConfigurationLoader.Load(null).Value.Calendars.Single(c => c.Name == calendarName).Holidays;
        return Days(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
            .Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(d));
    }

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last)
    {
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
