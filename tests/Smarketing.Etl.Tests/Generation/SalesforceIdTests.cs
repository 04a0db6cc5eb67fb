using Smarketing.Generation;

namespace Smarketing.Etl.Tests.Generation;

public sealed class SalesforceIdTests
{
    [Test]
    public void Case_safe_suffix_matches_salesforce_documented_example()
    {
        var id = "001A0000006Vm9r___".ToCharArray();

        SalesforceId.WriteSuffix(id);

        Assert.That(new string(id), Is.EqualTo("001A0000006Vm9rIAC"));
    }

    [Test]
    public void Ids_are_eighteen_characters_with_the_object_prefix_and_distinct_per_number()
    {
        var first = SalesforceId.Create("00Q", 1);
        var second = SalesforceId.Create("00Q", 62);

        Assert.That(first, Has.Length.EqualTo(18).And.StartWith("00Q"));
        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That(second[..15], Does.EndWith("10"));
    }
}
