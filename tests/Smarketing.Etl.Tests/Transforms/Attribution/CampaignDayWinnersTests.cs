using Smarketing.Etl.Transforms.Attribution;

namespace Smarketing.Etl.Tests.Transforms.Attribution;

/// <summary>The touch catalog keeps one touch per person, campaign and UTC day while the touches stream in.</summary>
public class CampaignDayWinnersTests
{
    private static readonly DateTime Day = new(2025, 3, 10, 0, 0, 0, DateTimeKind.Utc);

    private static Touch Touch(string id, string system, double hours, int campaign, int person) =>
        new(id, system, Day.AddHours(hours), campaign, system == "Marketo" ? 7 : 0, person, false);

    [Test]
    public void A_marketo_touch_replaces_a_salesforce_response_of_the_same_campaign_and_day_even_when_it_came_later()
    {
        var winners = new CampaignDayWinners();
        winners.Add(Touch("cm-1", "Salesforce", 9, campaign: 5, person: 1));
        winners.Add(Touch("act-1", "Marketo", 15, campaign: 5, person: 1));

        var touches = winners.ByPerson(_ => null)[1];

        Assert.That(touches.Select(t => t.TouchId), Is.EqualTo(new[] { "act-1" }));
    }

    [Test]
    public void Of_two_touches_of_one_system_on_one_day_the_earlier_wins_and_on_equal_times_the_smaller_id()
    {
        var winners = new CampaignDayWinners();
        winners.Add(Touch("b", "Marketo", 14, campaign: 5, person: 1));
        winners.Add(Touch("c", "Marketo", 10, campaign: 5, person: 1)); // earlier than b: replaces it
        winners.Add(Touch("a", "Marketo", 10, campaign: 5, person: 1)); // same time as c, smaller id: replaces it
        winners.Add(Touch("z", "Marketo", 10, campaign: 5, person: 1)); // same time, larger id: loses
        winners.Add(Touch("d", "Marketo", 14 + 24, campaign: 5, person: 1)); // the next day: a slot of its own

        var touches = winners.ByPerson(_ => null)[1];

        Assert.That(touches.Select(t => t.TouchId), Is.EqualTo(new[] { "a", "d" }));
    }

    [Test]
    public void People_come_in_the_order_of_their_first_touch_and_each_persons_touches_oldest_first_ties_by_id()
    {
        var winners = new CampaignDayWinners();
        winners.Add(Touch("p2-late", "Marketo", 20, campaign: 1, person: 2));
        winners.Add(Touch("p1-y", "Marketo", 8, campaign: 2, person: 1));
        winners.Add(Touch("p2-early", "Salesforce", 3, campaign: 3, person: 2));
        winners.Add(Touch("p1-x", "Marketo", 8, campaign: 4, person: 1)); // same instant as p1-y, smaller id first

        var byPerson = winners.ByPerson(_ => null);

        Assert.That(byPerson.Keys, Is.EqualTo(new[] { 2, 1 }));
        Assert.That(byPerson[2].Select(t => t.TouchId), Is.EqualTo(new[] { "p2-early", "p2-late" }));
        Assert.That(byPerson[1].Select(t => t.TouchId), Is.EqualTo(new[] { "p1-x", "p1-y" }));
    }

    [Test]
    public void The_first_touch_is_the_lead_creation_touch_only_when_it_is_at_most_a_day_after_the_person_was_created()
    {
        var winners = new CampaignDayWinners();
        winners.Add(Touch("p1", "Marketo", 30, campaign: 1, person: 1)); // 30 h after a creation at 00:00: more than a day
        winners.Add(Touch("p2", "Marketo", 24, campaign: 1, person: 2)); // exactly a day after: still the creation touch
        winners.Add(Touch("p2-next", "Marketo", 30, campaign: 2, person: 2));

        var byPerson = winners.ByPerson(_ => Day);

        Assert.That(byPerson[1].Single().IsLeadCreation, Is.False);
        Assert.That(byPerson[2].Select(t => t.IsLeadCreation), Is.EqualTo(new[] { true, false }));
    }
}
