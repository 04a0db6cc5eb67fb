namespace Smarketing.Etl.Tests.Generation;

/// <summary>Targets.csv: monthly commitments per team for the whole period and the quarter after it, split over the SDRs (SALs) and account executives (bookings).</summary>
public sealed class TargetPlanTests
{
    [Test]
    public void Every_month_of_the_period_and_of_the_next_quarter_has_the_six_team_targets()
    {
        var targets = SampleExportsSetUp.Default["Targets.csv"];
        var teamRows = targets.Rows.Where(r => r[1] == "Team").ToList();

        // 2023-01 .. 2025-06 is 30 months; the plan runs on to the end of 2025Q3: 33 months, the last one 2025-09.
        Assert.That(teamRows.Select(r => r[0]).Distinct().Count(), Is.EqualTo(33));
        Assert.That(teamRows.Max(r => r[0]), Does.StartWith("2025-09-01"));
        Assert.That(teamRows.GroupBy(r => r[0]).Select(g => g.Count()), Has.All.EqualTo(6));
        Assert.That(teamRows.Select(r => (r[2], r[3])).Distinct(), Is.EquivalentTo(new[]
        {
            ("Marketing", "Leads"), ("Marketing", "MQLs"), ("Sales Development", "SALs"), ("Sales Development", "SQLs"),
            ("Account Executives", "Opportunities"), ("Account Executives", "Bookings"),
        }));
    }

    [TestCase(6, 3)]
    [TestCase(7, 5)]
    [TestCase(8, 4)]
    [TestCase(12, 3)]
    [TestCase(1, 5)]
    public void A_plan_runs_to_the_end_of_the_quarter_after_the_last_month(int month, int monthsAfter) =>
        Assert.That(Smarketing.Generation.TargetPlan.MonthsToNextQuarterEnd(month), Is.EqualTo(monthsAfter));

    [Test]
    public void Rep_targets_name_users_of_the_export_and_cover_SALs_and_bookings()
    {
        var users = SampleExportsSetUp.Default["User.csv"].Rows.Select(r => r[0]).ToHashSet();
        var repRows = SampleExportsSetUp.Default["Targets.csv"].Rows.Where(r => r[1] == "Rep").ToList();

        Assert.That(repRows, Is.Not.Empty);
        Assert.That(repRows.Select(r => r[2]), Has.All.Matches<string?>(users.Contains));
        Assert.That(repRows.Select(r => r[3]).Distinct(), Is.EquivalentTo(new[] { "SALs", "Bookings" }));
    }
}
