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
            new EntityCount("Lead", 200, 0, 0, 0, 10),
            new EntityCount("Task", 100, 0, 0, 0, 6),
            new EntityCount("User", 0, 0, 0, 0, 0),
        };
        Assert.That(DataQualityGate.Breaches(counts, 5.0), Is.EqualTo(new[] { "Task: 6 of 100 rows rejected (6.0 % > 5 %)" }));
    }
}
