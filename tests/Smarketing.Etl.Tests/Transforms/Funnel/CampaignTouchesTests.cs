using Smarketing.Etl.Transforms.Funnel;

namespace Smarketing.Etl.Tests.Transforms.Funnel;

public class CampaignTouchesTests
{
    private static readonly DateTime Created = new(2025, 2, 3, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void The_latest_touch_at_an_instant_ignores_later_touches_and_other_events()
    {
        var lead = Lead(Touch(-3, "C-old"), Status(1), Touch(2, "C-mid"), Touch(5, "C-late"));

        Assert.That(CampaignTouches.LatestTouchAt(lead, Created.AddDays(4))?.Text1, Is.EqualTo("C-mid"));
        Assert.That(CampaignTouches.LatestTouchAt(lead, Created.AddDays(2))?.Text1, Is.EqualTo("C-mid"));
        Assert.That(CampaignTouches.LatestTouchAt(lead, Created.AddDays(-4)), Is.Null);
    }

    [Test]
    public void The_creation_touch_is_the_first_within_a_day_of_creation_else_the_first_touch()
    {
        // The cutoff is creation + 1 day: both touches of the first lead are before it, and the earlier one (3 days before) wins.
        var both = Lead(Touch(-3, "C-before"), Touch(0.5, "C-near"));
        Assert.That(CampaignTouches.LeadCreationTouch(both)?.Text1, Is.EqualTo("C-before"));
        Assert.That(CampaignTouches.LeadCreationTouch(Lead(Status(0.1), Touch(4, "C-later")))?.Text1, Is.EqualTo("C-later"));
        Assert.That(CampaignTouches.FirstTouch(Lead(Status(0.1))), Is.Null);
    }

    private static LeadHistory Lead(params LeadEvent[] events)
    {
        var lead = new LeadHistory { SalesforceLeadId = "00Q1", CreatedAtUtc = Created };
        lead.Events.AddRange(events);
        return lead;
    }

    private static LeadEvent Touch(double days, string campaign) =>
        new(Created.AddDays(days), LeadEventKind.CampaignTouch, campaign);

    private static LeadEvent Status(double days) => new(Created.AddDays(days), LeadEventKind.StatusChanged, "Working");
}
