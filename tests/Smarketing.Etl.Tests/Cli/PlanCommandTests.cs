using System.Globalization;
using Smarketing.Etl.Tests.Reporting.Planning;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Cli;

/// <summary><c>smarketing plan</c> run as a real process on the <see cref="PlanningFixture"/> warehouse: the quarter's reverse
/// waterfall per month and in total, and expected failures as messages with exit codes.</summary>
[NonParallelizable]
public class PlanCommandTests
{
    private string folder = null!;
    private string database = null!;

    [OneTimeSetUp]
    public void Load()
    {
        folder = CliProcess.TempFolder();
        PlanningFixture.Load(folder).Dispose();
        database = Path.Combine(folder, "warehouse.duckdb");
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(folder, recursive: true);

    private (int Code, string Output) Plan(params string[] args) =>
        CliProcess.Run(["plan", .. args, "--database", database, "--log-dir", folder]);

    [Test]
    public void The_quarter_prints_each_target_month_by_stage_and_the_quarter_total()
    {
        // 2024Q3 has one target (September, 60,000): 200 inquiries .. 4 wins (see PlanningViewsTests), and the same as the total.
        var (code, output) = Plan("--quarter", "2024Q3", "--lookback", "6", "--format", "csv");
        Assert.That(code, Is.EqualTo(0), output);
        var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.Contains(" INF ", StringComparison.Ordinal)).ToList();
        Assert.That(lines[0],
            Is.EqualTo("TargetMonth,Team,Stage,PlanMonth,Required,P10,P90,Actual,InFlight,Gap,ConversionRate,MedianLagDays"));
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var required = rows.Select(r => (r[0], r[2], r[3], decimal.Parse(r[4], CultureInfo.InvariantCulture)));
        Assert.That(required, Is.EqualTo(new[]
        {
            ("202409", "Inquiries", "202407", 200m), ("202409", "MQLs", "202407", 80m), ("202409", "SALs", "202407", 40m),
            ("202409", "SQLs", "202408", 20m), ("202409", "Opportunities", "202408", 10m), ("202409", "Wins", "202409", 4m),
            ("2024Q3", "Inquiries", "", 200m), ("2024Q3", "MQLs", "", 80m), ("2024Q3", "SALs", "", 40m),
            ("2024Q3", "SQLs", "", 20m), ("2024Q3", "Opportunities", "", 10m), ("2024Q3", "Wins", "", 4m),
        }));
        // MQLs: 24 in flight, gap 80 - 24 = 56.
        Assert.That((rows[1][8], rows[1][9]), Is.EqualTo(("24", "56")));
    }

    [Test]
    public void A_quarter_that_is_not_one_is_exit_2_and_a_quarter_without_targets_exit_1()
    {
        var (code, output) = Plan("--quarter", "2024Q5");
        Assert.That(code, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("--quarter '2024Q5' is not a quarter such as 2026Q1"));
        (code, output) = Plan("--quarter", "2023Q1");
        Assert.That(code, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("No team bookings targets for 2023Q1"));
    }
}
