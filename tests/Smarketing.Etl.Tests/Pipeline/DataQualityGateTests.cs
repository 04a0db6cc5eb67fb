using Smarketing.Etl.Loading;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Etl.Tests.Pipeline;

public class DataQualityGateTests
{
    [Test]
    public void An_entity_over_the_reject_share_breaches_and_one_at_it_does_not()
    {
        var counts = new[]
        {
            new EntityCount("Lead", 200, 0, 0, 0, 10), // 10 / 200 = 5.0 %: at the share, not over it
            new EntityCount("Task", 100, 0, 0, 0, 6), // 6 / 100 = 6.0 % > 5 %
            new EntityCount("User", 0, 0, 0, 0, 0),
        };
        Assert.That(DataQualityGate.Breaches(counts, 5.0), Is.EqualTo(new[] { "Task: 6 of 100 rows rejected (6.0 % > 5 % and 6 > 0 rows)" }));
    }

    [Test]
    public void A_breach_needs_both_the_share_and_more_than_the_minimum_count()
    {
        var counts = new[]
        {
            new EntityCount("User", 7, 0, 0, 0, 1), // 1 / 7 = 14.3 % > 5 %, but 1 row is not more than 10: the nightly batch goes on
            new EntityCount("Task", 100, 0, 0, 0, 10), // 10 % > 5 %, but 10 rows is not more than 10
            new EntityCount("Contact", 200, 0, 0, 0, 11), // 11 / 200 = 5.5 % > 5 % and 11 > 10
        };
        Assert.That(DataQualityGate.Breaches(counts, 5.0, 10), Is.EqualTo(new[] { "Contact: 11 of 200 rows rejected (5.5 % > 5 % and 11 > 10 rows)" }));
    }
}
