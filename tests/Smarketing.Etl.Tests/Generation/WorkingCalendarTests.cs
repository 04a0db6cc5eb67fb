using Smarketing.Generation;

namespace Smarketing.Etl.Tests.Generation;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar NewYork = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), PublicHolidays.UnitedStates(2023, 2026));
    private static readonly WorkingCalendar London = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), PublicHolidays.EnglandAndWales(2023, 2026));

    [Test]
    public void Working_time_pauses_over_the_weekend()
    {
        // Friday 2024-05-10 16:30 EDT + 60 working minutes = Monday 09:30 EDT.
        var reached = NewYork.AddWorkingMinutes(Utc(2024, 5, 10, 20, 30), 60);

        Assert.That(reached, Is.EqualTo(Utc(2024, 5, 13, 13, 30)));
    }

    [Test]
    public void A_handoff_at_night_starts_counting_at_nine()
    {
        // Tuesday 2024-05-14 02:00 EDT + 15 minutes = 09:15 EDT.
        Assert.That(NewYork.AddWorkingMinutes(Utc(2024, 5, 14, 6, 0), 15), Is.EqualTo(Utc(2024, 5, 14, 13, 15)));
    }

    [Test]
    public void Independence_day_is_not_a_working_day()
    {
        // Wednesday 2024-07-03 16:00 EDT + 120 = Friday 2024-07-05 10:00 EDT (the 4th is a holiday).
        Assert.That(NewYork.AddWorkingMinutes(Utc(2024, 7, 3, 20, 0), 120), Is.EqualTo(Utc(2024, 7, 5, 14, 0)));
    }

    [Test]
    public void Working_time_is_correct_across_the_spring_daylight_saving_change()
    {
        // Friday 2024-03-08 16:00 EST (21:00 UTC) + 120 = Monday 2024-03-11 10:00 EDT (14:00 UTC).
        Assert.That(NewYork.AddWorkingMinutes(Utc(2024, 3, 8, 21, 0), 120), Is.EqualTo(Utc(2024, 3, 11, 14, 0)));
    }

    [Test]
    public void London_is_closed_on_christmas_and_boxing_day()
    {
        // Tuesday 2024-12-24 16:00 GMT + 120 = Friday 2024-12-27 10:00 GMT.
        Assert.That(London.AddWorkingMinutes(Utc(2024, 12, 24, 16, 0), 120), Is.EqualTo(Utc(2024, 12, 27, 10, 0)));
    }

    [TestCase(2024, 5, 27)]
    [TestCase(2024, 11, 28)]
    [TestCase(2024, 11, 29)]
    [TestCase(2026, 7, 3)]
    [TestCase(2023, 1, 2)]
    public void American_holidays_are_observed(int year, int month, int day) =>
        Assert.That(PublicHolidays.UnitedStates(2023, 2026), Does.Contain(new DateOnly(year, month, day)));

    [TestCase(2024, 3, 29)]
    [TestCase(2025, 4, 21)]
    [TestCase(2024, 8, 26)]
    [TestCase(2026, 12, 28)]
    public void English_bank_holidays_are_observed(int year, int month, int day) =>
        Assert.That(PublicHolidays.EnglandAndWales(2023, 2026), Does.Contain(new DateOnly(year, month, day)));

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
