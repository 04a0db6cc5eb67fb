using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms.Funnel;

namespace Smarketing.Etl.Tests.Transforms.Funnel;

public class StageTimelineBuilderTests
{
    private static readonly DateTime Created = new(2024, 4, 1, 12, 0, 0, DateTimeKind.Utc);
    private readonly FunnelConfiguration configuration = ConfigurationLoader.Load(null).Value;

    private (StageTimelineBuilder Builder, StageCatalog Stages) Builder()
    {
        var names = configuration.Stages.Select(s => s.Name).Append("Unmapped").ToList();
        var stages = new StageCatalog(configuration, name => names.IndexOf(name) + 1);
        return (new StageTimelineBuilder(stages, TimeSpan.FromHours(24)), stages);
    }

    private static LeadHistory Lead(params LeadEvent[] events)
    {
        var lead = new LeadHistory { LeadKey = 1, SalesforceLeadId = "00Q000000000000001", CreatedAtUtc = Created, OwnerUserId = "005C" };
        lead.Events.AddRange(events);
        return lead;
    }

    private static LeadEvent Status(int hours, string status) => new(Created.AddHours(hours), LeadEventKind.StatusChanged, status);

    private static LeadEvent Marketo(int hours, string stage) =>
        new(Created.AddHours(hours), LeadEventKind.MarketoActivity, $$"""{"Old Status":"x","New Status":"{{stage}}"}""", "104");

    [Test]
    public void Marketo_stage_changes_the_CRM_already_recorded_are_not_counted_twice_but_new_ones_are_merged()
    {
        var (builder, _) = Builder();
        var timeline = builder.Build(Lead(Status(1, "Marketing Qualified"), Marketo(2, "MQL"), Status(30, "Sent to Sales"), Marketo(100, "Recycled")));
        Assert.That(timeline.Select(e => (e.Stage.Name, e.SourceSystem)), Is.EqualTo(new[]
        {
            ("Inquiry", "Salesforce Lead"), ("MQL", "Salesforce Lead"), ("Handoff", "Salesforce Lead"), ("Recycled (Nurture)", "Marketo"),
        }));
    }

    [Test]
    public void An_unmapped_status_lands_on_the_Unmapped_stage_and_is_counted_with_an_example()
    {
        var (builder, stages) = Builder();
        var timeline = builder.Build(Lead(Status(1, "Working - Contacted")));
        Assert.That(timeline.Select(e => e.Stage.Name), Is.EqualTo(new[] { "Inquiry", "Unmapped" }));
        Assert.That(stages.UnmappedValues[("Lead.Status", "Working - Contacted")], Is.EqualTo((1, new List<string> { "00Q000000000000001" })).Using<(int, List<string>)>(
            (a, b) => a.Item1 == b.Item1 && a.Item2.SequenceEqual(b.Item2)));
    }

    [Test]
    public void Repeated_entries_into_the_current_stage_collapse_and_a_status_mapped_to_null_is_not_a_stage()
    {
        var (builder, _) = Builder();
        var timeline = builder.Build(Lead(Status(0, "Open - Inquiry"), Status(1, "Sales Qualified"), Status(2, "Sales Qualified"), Status(3, "Converted")));
        Assert.That(timeline.Select(e => e.Stage.Name), Is.EqualTo(new[] { "Inquiry", "SQL" }));
    }

    [Test]
    public void The_owner_at_entry_follows_the_owner_history_and_the_cycle_increments_after_a_recycle()
    {
        var (builder, _) = Builder();
        var timeline = builder.Build(Lead(
            new LeadEvent(Created.AddHours(2), LeadEventKind.OwnerChanged, "005R", "005M"), Status(2, "Sent to Sales"),
            Status(3, "Recycled - Nurture"), new LeadEvent(Created.AddHours(3), LeadEventKind.OwnerChanged, "005M", "005R"), Status(50, "Marketing Qualified")));
        Assert.That(timeline.Select(e => (e.Stage.Name, e.OwnerUserId, e.Cycle)), Is.EqualTo(new[]
        {
            ("Inquiry", "005M", 1), ("Handoff", "005R", 1), ("Recycled (Nurture)", "005M", 1), ("MQL", "005M", 2),
        }));
        Assert.That(timeline[2].IsRecycle, Is.True);
    }
}
