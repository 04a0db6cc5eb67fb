namespace Smarketing.Etl.Tests.Generation;

/// <summary>Sales decisions happen in the deciding rep's working time: 9–17 local, Monday to Friday, not on holidays, DST-correct.</summary>
public sealed class SalesWorkingTimeTests
{
    private static readonly string[] SalesDecisions = ["Sales Accepted", "Sales Qualified", "Recycled - Nurture", "Disqualified", "Converted"];

    [Test]
    public void Sales_decisions_fall_inside_the_reps_local_working_hours()
    {
        var outside = Decisions()
            .Where(d => d.Local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
                || d.Local.TimeOfDay < TimeSpan.FromHours(9) || d.Local.TimeOfDay > new TimeSpan(17, 0, 1))
            .Select(d => $"{d.Zone} {d.Local:yyyy-MM-dd HH:mm:ss ddd}")
            .Take(5);

        Assert.That(outside, Is.Empty);
        Assert.That(Decisions().Count(), Is.GreaterThan(100));
    }

    [TestCase(2024, 7, 4)]
    [TestCase(2024, 12, 25)]
    [TestCase(2023, 11, 23)]
    public void American_reps_decide_nothing_on_a_public_holiday(int year, int month, int day)
    {
        var holiday = new DateOnly(year, month, day);

        Assert.That(Decisions().Where(d => d.Zone.StartsWith("America/", StringComparison.Ordinal) && DateOnly.FromDateTime(d.Local) == holiday), Is.Empty);
    }

    [Test]
    public void New_York_decisions_start_at_nine_local_in_winter_and_in_summer()
    {
        var newYork = Decisions().Where(d => d.Zone == "America/New_York").ToList();
        var winter = newYork.Where(d => !TimeZoneInfo.FindSystemTimeZoneById(d.Zone).IsDaylightSavingTime(d.Local)).ToList();
        var summer = newYork.Where(d => TimeZoneInfo.FindSystemTimeZoneById(d.Zone).IsDaylightSavingTime(d.Local)).ToList();

        Assert.That(winter, Is.Not.Empty);
        Assert.That(summer, Is.Not.Empty);
        Assert.That(winter.Min(d => d.Utc.TimeOfDay), Is.GreaterThanOrEqualTo(TimeSpan.FromHours(14)), "09:00 EST is 14:00 UTC");
        Assert.That(summer.Min(d => d.Utc.TimeOfDay), Is.GreaterThanOrEqualTo(TimeSpan.FromHours(13)), "09:00 EDT is 13:00 UTC");
        Assert.That(summer.Min(d => d.Utc.TimeOfDay), Is.LessThan(TimeSpan.FromHours(14)));
    }

    /// <summary>Status changes made by sales users (not the sync user, not marketing), in the deciding rep's local time.</summary>
    private static IEnumerable<(DateTime Utc, DateTime Local, string Zone)> Decisions()
    {
        var exports = SampleExportsSetUp.Default;
        var users = exports["User.csv"];
        var zones = users.Rows
            .Where(u => u[users.Column("Department")] is "Sales Development" or "Account Executives")
            .ToDictionary(u => u[users.Column("Id")]!, u => u[users.Column("TimeZoneSidKey")]!);
        var history = exports["LeadHistory.csv"];
        int by = history.Column("CreatedById"), value = history.Column("NewValue"), at = history.Column("CreatedDate");
        return history.Where("Field", "Status")
            .Where(r => zones.ContainsKey(r[by]!) && SalesDecisions.Contains(r[value]))
            .Select(r =>
            {
                var utc = SourceTime.Salesforce(r[at]);
                var zone = zones[r[by]!];
                return (utc, TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById(zone)), zone);
            });
    }
}
