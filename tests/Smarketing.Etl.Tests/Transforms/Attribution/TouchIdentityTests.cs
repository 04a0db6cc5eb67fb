using Smarketing.Etl.Transforms.Attribution;

namespace Smarketing.Etl.Tests.Transforms.Attribution;

/// <summary>A touch id packed into two numbers prints back as read and orders as its text does.</summary>
public class TouchIdentityTests
{
    [TestCase("82190041-228d-d6e6-2de7-215c971d1064")]
    [TestCase("00000000-0000-0000-0000-000000000000")]
    [TestCase("ffffffff-ffff-ffff-ffff-ffffffffffff")]
    [TestCase("82190041-228D-D6E6-2DE7-215C971D1064")] // upper case: kept as text
    [TestCase("00v5e00000AbCdEfGH")] // a campaign member id
    [TestCase("82190041-228d-d6e6-2de7-215c971d106")] // one digit short
    [TestCase("82190041+228d-d6e6-2de7-215c971d1064")] // not a dash where a GUID has one
    public void An_id_prints_back_exactly_as_it_was_read(string id) =>
        Assert.That(TouchIdentity.Of(id).ToString(), Is.EqualTo(id));

    [Test]
    public void Ids_order_as_their_text_does_ordinally_packed_or_not()
    {
        // 2,000 random lower-case GUIDs, their upper-case spellings and Salesforce-style ids, compared pairwise with the ordinal
        // order of the text (the order the string-keyed catalog used).
        var random = new Random(15);
        var ids = Enumerable.Range(0, 2_000).Select(_ => Guid.NewGuid().ToString()).ToList();
        ids.AddRange(ids.Take(200).Select(g => g.ToUpperInvariant()));
        ids.AddRange(Enumerable.Range(0, 200).Select(i => $"00v5e{i:D13}"));
        ids.Add("82190041-228d-d6e6-2de7-215c971d1064");
        ids.Add("82190041-228d-d6e6-2de7-215c971d1065"); // differs in the last digit only
        var shuffled = ids.OrderBy(_ => random.Next()).ToList();

        var byText = shuffled.OrderBy(i => i, StringComparer.Ordinal).ToList();
        var byIdentity = shuffled.Select(TouchIdentity.Of).OrderBy(i => i).Select(i => i.ToString()).ToList();

        Assert.That(byIdentity, Is.EqualTo(byText));
    }

    [Test]
    public void Two_reads_of_one_id_are_equal_and_different_ids_are_not()
    {
        var a = TouchIdentity.Of("82190041-228d-d6e6-2de7-215c971d1064");

        Assert.That(a, Is.EqualTo(TouchIdentity.Of(new string("82190041-228d-d6e6-2de7-215c971d1064".ToCharArray()))));
        Assert.That(a.GetHashCode(), Is.EqualTo(TouchIdentity.Of("82190041-228d-d6e6-2de7-215c971d1064").GetHashCode()));
        Assert.That(a, Is.Not.EqualTo(TouchIdentity.Of("82190041-228D-D6E6-2DE7-215C971D1064")));
        Assert.That(a, Is.Not.EqualTo(TouchIdentity.Of("82190041-228d-d6e6-2de7-215c971d1065")));
    }
}
