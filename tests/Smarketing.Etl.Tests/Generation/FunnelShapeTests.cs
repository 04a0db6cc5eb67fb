namespace Smarketing.Etl.Tests.Generation;

/// <summary>The default sample (2,000 leads) looks like a B2B funnel: it narrows, recycles, re-qualifies, closes and renews.</summary>
public sealed class FunnelShapeTests
{
    private static GeneratedExports Exports => SampleExportsSetUp.Default;

    [Test]
    public void Fewer_leads_become_marketing_qualified_than_arrive_and_fewer_still_convert()
    {
        var leads = Exports["Lead.csv"].Ids().Count;
        var mqls = LeadsReaching("Marketing Qualified");
        var accepted = LeadsReaching("Sales Accepted");
        var converted = LeadsReaching("Converted");

        Assert.That(mqls, Is.LessThan(leads * 0.6).And.GreaterThan(leads * 0.15));
        Assert.That(accepted, Is.LessThan(mqls).And.GreaterThan(0));
        Assert.That(converted, Is.LessThan(accepted).And.GreaterThan(0));
    }

    [Test]
    public void Some_leads_are_recycled_to_nurture_with_a_reason()
    {
        var leads = Exports["Lead.csv"];
        var recycled = leads.Where("Status", "Recycled - Nurture").ToList();

        Assert.That(recycled, Is.Not.Empty);
        Assert.That(recycled.Select(r => r[leads.Column("Rejection_Reason__c")]), Has.None.Null);
    }

    [Test]
    public void Some_recycled_leads_qualify_again_in_a_second_cycle()
    {
        var requalified = StatusChanges().Where(r => r.NewValue == "Marketing Qualified").GroupBy(r => r.LeadId).Count(g => g.Count() >= 2);

        Assert.That(requalified, Is.GreaterThan(0));
    }

    [Test]
    public void Handoffs_happen_at_weekends_too()
    {
        var weekend = StatusChanges().Where(r => r.NewValue == "Sent to Sales")
            .Count(r => r.At.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);

        Assert.That(weekend, Is.GreaterThan(0));
    }

    [Test]
    public void Handoffs_are_accepted_within_minutes_by_some_and_after_days_by_others()
    {
        var changes = StatusChanges().GroupBy(r => r.LeadId).SelectMany(g =>
        {
            var ordered = g.OrderBy(r => r.At).ToList();
            return ordered.Select((r, i) => (r, next: ordered.Skip(i + 1).FirstOrDefault()))
                .Where(x => x.r.NewValue == "Sent to Sales" && x.next.NewValue is "Sales Accepted")
                .Select(x => x.next.At - x.r.At);
        }).ToList();

        Assert.That(changes, Has.Some.LessThan(TimeSpan.FromMinutes(30)));
        Assert.That(changes, Has.Some.GreaterThan(TimeSpan.FromDays(3)));
    }

    [Test]
    public void Opportunities_are_won_lost_and_left_open()
    {
        var stages = Exports["Opportunity.csv"].Values("StageName").ToList();

        Assert.That(stages, Has.Some.EqualTo("Closed Won"));
        Assert.That(stages, Has.Some.EqualTo("Closed Lost"));
        Assert.That(stages, Has.Some.AnyOf("Discovery", "Demonstration", "Justification", "Negotiation"));
    }

    [Test]
    public void Customers_renew_and_some_upgrade()
    {
        var types = Exports["Opportunity.csv"].Values("Type").ToList();

        Assert.That(types, Has.Some.EqualTo("Existing Customer - Renewal"));
        Assert.That(types, Has.Some.EqualTo("Existing Customer - Upgrade"));
        Assert.That(types.Count(t => t == "New Customer"), Is.GreaterThan(types.Count(t => t != "New Customer")));
    }

    [Test]
    public void Some_handoffs_get_a_first_sales_touch_and_some_do_not()
    {
        var touched = Exports["Task.csv"].Ids("WhoId");
        var handedOff = StatusChanges().Where(r => r.NewValue == "Sent to Sales").Select(r => r.LeadId).ToHashSet();

        Assert.That(handedOff.Count(touched.Contains), Is.GreaterThan(handedOff.Count / 2));
        Assert.That(handedOff.Count(id => !touched.Contains(id)), Is.GreaterThan(0));
    }

    [Test]
    public void Each_lead_has_a_few_dozen_marketing_activities_on_average()
    {
        var perLead = (double)Exports["MarketoActivities.csv"].Rows.Count / Exports["MarketoLeads.csv"].Rows.Count;

        Assert.That(perLead, Is.InRange(20, 45));
    }

    [Test]
    public void Personas_show_in_titles()
    {
        var titles = Exports["Lead.csv"].Values("Title").ToHashSet();

        Assert.That(titles, Is.SupersetOf(new[] { "CIO", "CMO", "CFO", "Software Engineer", "Student" }));
    }

    private static int LeadsReaching(string status) =>
        StatusChanges().Where(r => r.NewValue == status).Select(r => r.LeadId).Distinct().Count();

    private static IEnumerable<(string LeadId, string? NewValue, DateTime At)> StatusChanges()
    {
        var history = Exports["LeadHistory.csv"];
        int lead = history.Column("LeadId"), value = history.Column("NewValue"), at = history.Column("CreatedDate");
        return history.Where("Field", "Status").Select(r => (r[lead]!, r[value], SourceTime.Salesforce(r[at])));
    }
}
