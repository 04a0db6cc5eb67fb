using Smarketing.Etl.Transforms.Incremental;
using Merge = Smarketing.Etl.Transforms.Incremental.MarketoLeadMerges.Merge;

namespace Smarketing.Etl.Tests.Transforms.Incremental;

public class MarketoLeadMergesTests
{
    private static DateTime Day(int day) => new(2025, 3, day, 9, 0, 0, DateTimeKind.Utc);

    [TestCase("{\"Merge Ids\":\"[100023]\"}", null, new[] { 100023 })]
    [TestCase("{\"Merge Ids\":[7, 8]}", 99, new[] { 7, 8 })]
    [TestCase("{\"Merged in Sales\":true}", 55, new[] { 55 })]
    [TestCase("not json", 56, new[] { 56 })]
    [TestCase(null, null, new int[0])]
    public void The_losing_ids_come_from_merge_ids_else_the_primary_attribute(string? attributes, int? primary, int[] expected)
    {
        Assert.That(MarketoLeadMerges.LosingIds(attributes, primary), Is.EqualTo(expected));
    }

    [Test]
    public void A_chain_of_merges_points_every_losing_id_at_the_last_survivor()
    {
        // 1 into 2 on day 1, then 2 into 3 on day 5: activities of 1 and of 2 belong to 3.
        var resolved = MarketoLeadMerges.Resolve([new Merge(1, 2, Day(1), "a"), new Merge(2, 3, Day(5), "b")]);

        Assert.That(resolved.Select(m => (m.Loser, m.Winner)), Is.EqualTo(new[] { (1, 3), (2, 3) }));
    }

    [Test]
    public void An_id_merged_twice_follows_its_later_merge()
    {
        var resolved = MarketoLeadMerges.Resolve([new Merge(1, 2, Day(1), "a"), new Merge(1, 4, Day(3), "b")]);

        Assert.That(resolved.Select(m => (m.Loser, m.Winner, m.Guid)), Is.EqualTo(new[] { (1, 4, "b") }));
    }

    [Test]
    public void A_merge_that_happened_before_the_winner_was_itself_merged_is_not_followed_backwards_and_a_loop_ends()
    {
        // 2 into 3 on day 1 happened before 1 into 2 on day 4: 2's own merge is older, so 1 stays with 2. And 5 into 6, then 6 into 5: 5 survives, so it has no row.
        var resolved = MarketoLeadMerges.Resolve([new Merge(2, 3, Day(1), "a"), new Merge(1, 2, Day(4), "b"), new Merge(5, 6, Day(5), "c"), new Merge(6, 5, Day(6), "d")]);

        Assert.That(resolved.Select(m => (m.Loser, m.Winner)), Is.EqualTo(new[] { (1, 2), (2, 3), (6, 5) }));
    }
}
