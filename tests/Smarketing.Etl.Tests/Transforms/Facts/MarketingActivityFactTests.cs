using Smarketing.Etl.Transforms;

namespace Smarketing.Etl.Tests.Transforms.Facts;

public class MarketingActivityFactTests
{
    [TestCase(22, "Change Score", "Scoring", false)]
    [TestCase(100001, "Attended Webinar", "Event", true)]
    [TestCase(100077, "Custom activity 100077", "Custom", true)]
    [TestCase(999, "Unknown activity type 999", "Other", false)]
    public void Activity_types_are_documented_custom_or_other_never_dropped(int id, string name, string category, bool custom) =>
        Assert.That(MarketoActivityTypes.Describe(id), Is.EqualTo((name, category, custom)));
}
