using Smarketing.Etl.Transforms;
using Smarketing.Etl.Transforms.Facts;

namespace Smarketing.Etl.Tests.Transforms.Facts;

public class MarketingActivityFactTests
{
    [TestCase("""{"Change Value":"+10","Old Value":45,"New Value":55}""", 10)]
    [TestCase("""{"Change Value":-5}""", -5)]
    [TestCase("""{"Old Value":45}""", null)]
    [TestCase("not json", null)]
    [TestCase("", null)]
    public void Score_delta_comes_from_the_change_value_attribute(string json, int? expected) =>
        Assert.That(MarketingActivityFact.ScoreDelta(json), Is.EqualTo(expected));

    [TestCase(22, "Change Score", "Scoring", false)]
    [TestCase(100001, "Attended Webinar", "Event", true)]
    [TestCase(100077, "Custom activity 100077", "Custom", true)]
    [TestCase(999, "Unknown activity type 999", "Other", false)]
    public void Activity_types_are_documented_custom_or_other_never_dropped(int id, string name, string category, bool custom) =>
        Assert.That(MarketoActivityTypes.Describe(id), Is.EqualTo((name, category, custom)));
}
