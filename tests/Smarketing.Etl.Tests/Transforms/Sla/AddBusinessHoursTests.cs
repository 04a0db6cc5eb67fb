using static Smarketing.Etl.Tests.Transforms.Sla.TestCalendars;

namespace Smarketing.Etl.Tests.Transforms.Sla;

/// <summary>SLA due times: the instant at which a number of business hours have elapsed.</summary>
public sealed class AddBusinessHoursTests
{
    [Test]
    public void Eight_hours_after_Friday_afternoon_is_Monday_afternoon()
    {
        // Friday 2024-05-10 15:00 EDT (19:00 UTC): 2 h on Friday + 6 h on Monday → Monday 15:00 EDT (19:00 UTC).
        Assert.That(NewYork().AddBusinessHours(Utc(2024, 5, 10, 19), 8m), Is.EqualTo(Utc(2024, 5, 13, 19)));
    }

    [Test]
    public void Eight_hours_after_Friday_afternoon_across_the_spring_forward()
    {
        // Friday 2024-03-08 15:00 EST (20:00 UTC) → Monday 2024-03-11 15:00 EDT (19:00 UTC).
        Assert.That(NewYork().AddBusinessHours(Utc(2024, 3, 8, 20), 8m), Is.EqualTo(Utc(2024, 3, 11, 19)));
    }

    [Test]
    public void A_holiday_is_skipped()
    {
        // Wednesday 2024-07-03 15:00 EDT: 2 h on Wednesday, the 4th off, 2 h on Friday → Friday 11:00 EDT (15:00 UTC).
        Assert.That(NewYork(new DateOnly(2024, 7, 4)).AddBusinessHours(Utc(2024, 7, 3, 19), 4m), Is.EqualTo(Utc(2024, 7, 5, 15)));
    }

    [Test]
    public void A_start_at_night_counts_from_the_morning()
    {
        // Tuesday 2024-05-14 02:00 EDT + 1.25 h → 10:15 EDT (14:15 UTC).
        Assert.That(NewYork().AddBusinessHours(Utc(2024, 5, 14, 6), 1.25m), Is.EqualTo(Utc(2024, 5, 14, 14, 15)));
    }

    [Test]
    public void A_start_on_the_weekend_counts_from_Monday_morning()
    {
        // Saturday 2024-05-11 12:00 EDT + 3 h → Monday 12:00 EDT (16:00 UTC).
        Assert.That(NewYork().AddBusinessHours(Utc(2024, 5, 11, 16), 3m), Is.EqualTo(Utc(2024, 5, 13, 16)));
    }

    [Test]
    public void A_due_time_on_the_end_of_a_window_is_that_evening_not_the_next_morning()
    {
        // Friday 2024-05-10 09:00 EDT + 8 h → Friday 17:00 EDT (21:00 UTC).
        Assert.That(NewYork().AddBusinessHours(Utc(2024, 5, 10, 13), 8m), Is.EqualTo(Utc(2024, 5, 10, 21)));
    }

    [Test]
    public void Zero_hours_is_the_start_in_working_time_and_the_next_window_start_outside_it()
    {
        var calendar = NewYork();

        Assert.That(calendar.AddBusinessHours(Utc(2024, 5, 10, 15), 0m), Is.EqualTo(Utc(2024, 5, 10, 15)), "Friday 11:00 EDT");
        Assert.That(calendar.AddBusinessHours(Utc(2024, 5, 10, 21), 0m), Is.EqualTo(Utc(2024, 5, 13, 13)), "Friday 17:00 EDT → Monday 09:00");
    }

    [Test]
    public void Due_times_years_ahead_are_found()
    {
        // 2040 h = every working hour of 2024 in the configured US Eastern calendar → the end of its last working day, 2024-12-31 17:00 EST.
        var start = LocalToUtc("America/New_York", new DateTime(2024, 1, 1));

        Assert.That(Configured("US Eastern").AddBusinessHours(start, 2040m), Is.EqualTo(Utc(2024, 12, 31, 22)));
    }

    [Test]
    public void Negative_hours_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NewYork().AddBusinessHours(Utc(2024, 5, 10, 15), -1m));
    }

    [Test]
    public void Hours_between_a_start_and_its_due_time_are_the_hours_added()
    {
        var random = new Random(20240308);
        var calendars = new[] { NewYork(new DateOnly(2024, 7, 4)), LosAngeles(), Configured("UK"), Build("America/New_York", "01:00", "03:00", EveryDay) };
        var from = Utc(2023, 1, 1, 0).Ticks;
        for (var i = 0; i < 5000; i++)
        {
            var calendar = calendars[i % calendars.Length];
            var start = new DateTime(from + random.NextInt64(TimeSpan.TicksPerDay * 3 * 365), DateTimeKind.Utc);
            var hours = i % 10 == 0 ? 0m : random.NextInt64(500L * 3_600_000) / 3_600_000m;

            var due = calendar.AddBusinessHours(start, hours);

            Assert.That(due, Is.GreaterThanOrEqualTo(start));
            Assert.That(calendar.BusinessHoursBetween(start, due), Is.EqualTo(hours), $"{calendar.Name}: {start:O} + {hours} h = {due:O}");
        }
    }
}
