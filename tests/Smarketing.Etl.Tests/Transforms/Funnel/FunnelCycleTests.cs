using Smarketing.Etl.Transforms.Funnel;

namespace Smarketing.Etl.Tests.Transforms.Funnel;

public class FunnelCycleTests
{
    private static readonly StageInfo Inquiry = new("Inquiry", 1, "Inquiry", 1, false, false);
    private static readonly StageInfo Mql = new("MQL", 2, "MQL", 2, false, false);
    private static readonly StageInfo Recycled = new("Recycled", 3, "Recycled", 9, false, false);
    private static readonly StageInfo Won = new("Closed Won", 4, "Won", 8, true, true);
    private static readonly DateTime Start = new(2025, 1, 6, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void A_timeline_splits_into_one_cycle_per_run_of_cycle_numbers_in_order()
    {
        var timeline = new[]
        {
            Entry(Inquiry, 0, 1), Entry(Mql, 1, 1), Entry(Recycled, 2, 1), Entry(Mql, 10, 2), Entry(Won, 12, 2),
        };

        var cycles = FunnelCycle.Split(timeline);

        Assert.That(cycles.Select(c => c.Cycle), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(cycles.Select(c => c.Entries.Count), Is.EqualTo(new[] { 3, 2 }));
        Assert.That(cycles[1].StartedAtUtc, Is.EqualTo(Start.AddDays(10)));
    }

    [Test]
    public void The_first_entry_of_a_category_counts_days_from_the_cycle_start_and_won_counts_as_an_opportunity()
    {
        var cycle = FunnelCycle.Split([Entry(Mql, 10, 2), Entry(Mql, 11.5, 2), Entry(Won, 12.25, 2)])[0];

        // MQL: the first entry, at the cycle's start (0 days); Won: 12.25 - 10 = 2.25 days; Opportunity: the won entry.
        Assert.That(cycle.DaysTo("MQL"), Is.EqualTo(0m));
        Assert.That(cycle.DaysTo("Won"), Is.EqualTo(2.25m));
        Assert.That(cycle.First("Opportunity")!.Stage, Is.EqualTo(Won));
        Assert.That(cycle.First("SQL"), Is.Null);
    }

    private static StageEntry Entry(StageInfo stage, double days, int cycle) =>
        new() { Stage = stage, EnteredAtUtc = Start.AddDays(days), SourceSystem = "Salesforce Lead", Cycle = cycle };
}
