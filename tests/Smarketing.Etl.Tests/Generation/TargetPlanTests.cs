namespace Smarketing.Etl.Tests.Generation;

/// <summary>Targets.csv: monthly commitments per team for the whole period, split over the SDRs (SALs) and account executives (bookings).</summary>
public sealed class TargetPlanTests
{
    [Test]
    public void Every_month_of_the_period_has_the_six_team_targets()
    {
        var targets = SampleExportsSetUp.Default["Targets.csv"];
        var teamRows = targets.Rows.Where(r => r[1] == "Team").ToList();

        Assert.That(teamRows.Select(r => r[0]).Distinct().Count(), Is.EqualTo(30));
        Assert.That(teamRows.GroupBy(r => r[0]).Select(g => g.Count()), Has.All.EqualTo(6));
        Assert.That(teamRows.Select(r => (r[2], r[3])).Distinct(), Is.EquivalentTo(new[]
        {
            ("Marketing", "Leads"), ("Marketing", "MQLs"), ("Sales Development", "SALs"), ("Sales Development", "SQLs"),
            ("Account Executives", "Opportunities"), ("Account Executives", "Bookings"),
        }));
    }

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
