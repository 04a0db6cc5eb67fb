using static Smarketing.Etl.Tests.Transforms.Sla.TestCalendars;

namespace Smarketing.Etl.Tests.Transforms.Sla;

/// <summary>Working windows are converted to UTC per local date, so daylight-saving changes neither add nor lose working time.</summary>
public sealed class BusinessCalendarDaylightSavingTests
{
    [Test]
    public void A_weekend_across_the_US_spring_forward_still_counts_one_and_a_half_hours()
    {
        // Friday 2024-03-08 16:30 EST (21:30 UTC) → Monday 2024-03-11 10:00 EDT (14:00 UTC): 0.5 h + 1 h.
        // Wall clock difference 65.5 h; only 64.5 h pass in UTC because the clocks skip 02:00–03:00 on Sunday.
        var (start, end) = (Utc(2024, 3, 8, 21, 30), Utc(2024, 3, 11, 14));

        Assert.That((end - start).TotalHours, Is.EqualTo(64.5));
        Assert.That(NewYork().BusinessHoursBetween(start, end), Is.EqualTo(1.5m));
    }

    [Test]
    public void A_weekend_across_the_US_fall_back_still_counts_one_and_a_half_hours()
    {
        // Friday 2024-11-01 16:30 EDT (20:30 UTC) → Monday 2024-11-04 10:00 EST (15:00 UTC): 0.5 h + 1 h; 66.5 h pass in UTC.
        var (start, end) = (Utc(2024, 11, 1, 20, 30), Utc(2024, 11, 4, 15));

        Assert.That((end - start).TotalHours, Is.EqualTo(66.5));
        Assert.That(NewYork().BusinessHoursBetween(start, end), Is.EqualTo(1.5m));
    }

    [Test]
    public void London_across_the_UK_spring_forward_and_Easter()
    {
        // Thursday 2024-03-28 16:30 GMT → Tuesday 2024-04-02 10:00 BST (09:00 UTC), 09:00–17:30, Good Friday and Easter Monday off,
        // clocks forward on Sunday 31 March: Thursday 1 h + Tuesday 1 h.
        Assert.That(Configured("UK").BusinessHoursBetween(Utc(2024, 3, 28, 16, 30), Utc(2024, 4, 2, 9)), Is.EqualTo(2m));
    }

    [Test]
    public void London_across_the_UK_fall_back()
    {
        // Friday 2024-10-25 17:00 BST (16:00 UTC) → Monday 2024-10-28 09:30 GMT (09:30 UTC): 0.5 h + 0.5 h.
        Assert.That(Configured("UK").BusinessHoursBetween(Utc(2024, 10, 25, 16), Utc(2024, 10, 28, 9, 30)), Is.EqualTo(1m));
    }

    [Test]
    public void A_round_the_clock_calendar_has_a_23_hour_spring_day_and_a_25_hour_fall_day()
    {
        var calendar = Build("America/New_York", "00:00", "23:59", EveryDay);

        // 2024-03-10 00:00 EST (05:00 UTC) → 23:59 EDT (03:59 UTC next day) = 22 h 59 min.
        Assert.That(calendar.BusinessHoursBetween(Utc(2024, 3, 10, 5), Utc(2024, 3, 11, 4)) * 60m, Is.EqualTo(1379m));
        // 2024-11-03 00:00 EDT (04:00 UTC) → 23:59 EST (04:59 UTC next day) = 24 h 59 min.
        Assert.That(calendar.BusinessHoursBetween(Utc(2024, 11, 3, 4), Utc(2024, 11, 4, 5)) * 60m, Is.EqualTo(1499m));
    }

    [Test]
    public void A_window_over_the_changed_hour_is_as_long_as_the_wall_clock_says()
    {
        var calendar = Build("America/New_York", "01:00", "03:00", EveryDay);

        Assert.That(calendar.BusinessHoursBetween(Utc(2024, 3, 9, 0), Utc(2024, 3, 10, 0)), Is.EqualTo(2m), "an ordinary day");
        // Spring forward: 01:00 EST (06:00 UTC) → 03:00 EDT (07:00 UTC).
        Assert.That(calendar.BusinessHoursBetween(Utc(2024, 3, 10, 0), Utc(2024, 3, 11, 0)), Is.EqualTo(1m));
        // Fall back: the first 01:00 (EDT, 05:00 UTC) → 03:00 EST (08:00 UTC), both 01:00–02:00 hours included.
        Assert.That(calendar.BusinessHoursBetween(Utc(2024, 11, 3, 0), Utc(2024, 11, 4, 0)), Is.EqualTo(3m));
        Assert.That(calendar.IsWorkingTime(Utc(2024, 11, 3, 5)), Is.True);
        Assert.That(calendar.IsWorkingTime(Utc(2024, 11, 3, 4, 59)), Is.False);
    }

    [Test]
    public void A_window_start_inside_the_spring_gap_moves_to_the_end_of_the_gap()
    {
        // 02:30 does not exist on 2024-03-10; the window starts at 03:00 EDT (07:00 UTC) and ends at 04:00 EDT (08:00 UTC).
        var calendar = Build("America/New_York", "02:30", "04:00", EveryDay);

        Assert.That(calendar.BusinessHoursBetween(Utc(2024, 3, 10, 0), Utc(2024, 3, 11, 0)), Is.EqualTo(1m));
        Assert.That(calendar.AddBusinessHours(Utc(2024, 3, 10, 0), 0m), Is.EqualTo(Utc(2024, 3, 10, 7)));
    }

    [Test]
    public void A_window_entirely_inside_the_spring_gap_is_empty_that_day()
    {
        var calendar = Build("America/New_York", "02:00", "02:30", EveryDay);

        Assert.That(calendar.BusinessHoursBetween(Utc(2024, 3, 10, 0), Utc(2024, 3, 11, 0)), Is.Zero);
        Assert.That(calendar.BusinessHoursBetween(Utc(2024, 3, 11, 0), Utc(2024, 3, 12, 0)), Is.EqualTo(0.5m));
    }

    [Test]
    public void A_window_ending_in_the_repeated_hour_ends_at_its_first_occurrence()
    {
        // 00:00–01:30 on 2024-11-03: 00:00 EDT (04:00 UTC) → the first 01:30 (EDT, 05:30 UTC); the repeated 01:00–01:30 EST is not counted.
        var calendar = Build("America/New_York", "00:00", "01:30", EveryDay);

        Assert.That(calendar.BusinessHoursBetween(Utc(2024, 11, 3, 0), Utc(2024, 11, 4, 0)), Is.EqualTo(1.5m));
        Assert.That(calendar.IsWorkingTime(Utc(2024, 11, 3, 6, 15)), Is.False, "01:15 EST, the second 01:15");
    }
}
