using Smarketing.Etl.Transforms.Facts;

namespace Smarketing.Etl.Tests.Transforms.Facts;

public class CampaignCostFactTests
{
    [Test]
    public void Days_are_counted_per_calendar_month_inclusive()
    {
        var days = CampaignCostFact.DaysPerMonth(new DateOnly(2024, 1, 20), new DateOnly(2024, 3, 5)).ToList();

        Assert.That(days, Is.EqualTo(new[] { (new DateOnly(2024, 1, 1), 12), (new DateOnly(2024, 2, 1), 29), (new DateOnly(2024, 3, 1), 5) }));
    }

    [Test]
    public void A_split_adds_up_exactly_with_the_remainder_on_the_last_month()
    {
        var parts = CampaignCostFact.Split(100m, [1, 1, 1]);

        Assert.That(parts, Is.EqualTo(new[] { 33.3333m, 33.3333m, 33.3334m }));
    }
}
