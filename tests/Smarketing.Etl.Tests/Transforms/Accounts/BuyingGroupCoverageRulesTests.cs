using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms.Accounts;

namespace Smarketing.Etl.Tests.Transforms.Accounts;

public class BuyingGroupCoverageRulesTests
{
    private static readonly BuyingGroupConfiguration Groups = new()
    {
        EngagementWindowDays = 10,
        DefaultRoles = ["Decision Maker", "Champion"],
    };

    private static readonly DateOnly AsOf = new(2024, 6, 30);

    private static BuyingGroupDeal Deal(DateOnly? closed) =>
        new("006000000000000001", 1, "Small (1-49)", new DateOnly(2024, 6, 1), closed, IsWon: false, CycleDays: null);

    private static Dictionary<int, List<DateOnly>> Touches(params (int Person, int Month, int Day)[] touches) =>
        touches.GroupBy(t => t.Person).ToDictionary(g => g.Key, g => g.Select(t => new DateOnly(2024, t.Month, t.Day)).ToList());

    [Test]
    public void A_touch_the_day_before_the_window_does_not_engage_the_role()
    {
        // Closed 06-20, 10-day window 06-11..06-20: the Champion's 06-10 touch is one day early; the Decision Maker's 06-11
        // counts.
        var row = new BuyingGroupCoverage(Groups, AsOf).Measure(Deal(new DateOnly(2024, 6, 20)),
            [("Decision Maker", 1), ("champion", 2)], Touches((1, 6, 11), (2, 6, 10)), 1);
        Assert.That((row.RolesPresent, row.RolesEngaged, row.CoveragePercent, row.CoverageBand, row.MissingRoles),
            Is.EqualTo((2, 1, 50.00m, "50-74%", "Champion")));
        Assert.That(row.WindowEndDateKey, Is.EqualTo(20240620));
    }

    [Test]
    public void An_open_deal_is_measured_up_to_the_as_of_day_and_a_group_complete_before_the_deal_took_no_days()
    {
        // Open: window 06-21..06-30; both roles are touched inside it, and the later first touch (06-25) completes the group, 24
        // days after the creation on 06-01.
        var open = new BuyingGroupCoverage(Groups, AsOf).Measure(Deal(null), [("Decision Maker", 1), ("Champion", 2)],
            Touches((1, 6, 22), (1, 6, 29), (2, 6, 25)), 1);
        Assert.That((open.IsClosed, open.IsGroupComplete, open.GroupCompleteDateKey, open.DaysToCompleteGroup),
            Is.EqualTo((false, true, (int?)20240625, (int?)24)));

        // Closed on its creation day 06-01 (window 05-23..06-01) with both roles touched in May: complete, 0 days.
        var early = new BuyingGroupCoverage(Groups, AsOf).Measure(Deal(new DateOnly(2024, 6, 1)),
            [("Decision Maker", 1), ("Champion", 2)], Touches((1, 5, 25), (2, 5, 30)), 1);
        Assert.That((early.GroupCompleteDateKey, early.DaysToCompleteGroup), Is.EqualTo(((int?)20240530, (int?)0)));
    }

    [Test]
    public void A_deal_without_contact_roles_is_banded_apart_from_low_coverage()
    {
        var row = new BuyingGroupCoverage(Groups, AsOf).Measure(Deal(null), [], Touches(), 1);
        Assert.That((row.RolesPresent, row.CoveragePercent, row.CoverageBand, row.CoverageBandOrder),
            Is.EqualTo((0, 0.00m, "No contact roles", (short)0)));
        Assert.That(BuyingGroupCoverage.Band(3, 24.99m), Is.EqualTo(("0-24%", (short)1)));
        Assert.That(BuyingGroupCoverage.Band(3, 75.00m), Is.EqualTo(("75-99%", (short)4)));
    }
}
