using System.Text.Json;
using System.Text.RegularExpressions;

namespace Smarketing.Etl.Tests.Generation;

/// <summary>Values agree with each other and with the documented formats.</summary>
public sealed partial class ExportConsistencyTests
{
    private static GeneratedExports Exports => SampleExportsSetUp.Default;

    [TestCase("Discovery", 10, "false", "false")]
    [TestCase("Demonstration", 25, "false", "false")]
    [TestCase("Justification", 50, "false", "false")]
    [TestCase("Negotiation", 75, "false", "false")]
    [TestCase("Closed Won", 100, "true", "true")]
    [TestCase("Closed Lost", 0, "true", "false")]
    public void Opportunity_probability_and_flags_follow_the_stage(string stage, int probability, string isClosed, string isWon)
    {
        var table = Exports["Opportunity.csv"];
        var rows = table.Where("StageName", stage).ToList();

        Assert.That(rows, Is.Not.Empty);
        Assert.That(rows.Select(r => r[table.Column("Probability")]).Distinct(), Is.EqualTo(new[] { probability.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.That(rows.Select(r => (r[table.Column("IsClosed")], r[table.Column("IsWon")])).Distinct(), Is.EqualTo(new[] { (isClosed, isWon) }));
    }

    [Test]
    public void Every_opportunity_has_history_ending_in_its_current_stage()
    {
        var history = Exports["OpportunityHistory.csv"];
        var last = history.Rows.GroupBy(r => r[history.Column("OpportunityId")]!)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r[history.Column("CreatedDate")])![history.Column("StageName")]);
        var opportunities = Exports["Opportunity.csv"];

        Assert.That(opportunities.Rows.Where(o => !last.TryGetValue(o[0]!, out var stage) || stage != o[opportunities.Column("StageName")]), Is.Empty);
    }

    [Test]
    public void Some_opportunities_skip_a_stage_or_move_back()
    {
        var history = Exports["OpportunityHistory.csv"];
        var order = new[] { "Discovery", "Demonstration", "Justification", "Negotiation" };
        var moves = history.Rows.GroupBy(r => r[history.Column("OpportunityId")])
            .SelectMany(g => g.OrderBy(r => r[history.Column("CreatedDate")]).Select(r => Array.IndexOf(order, r[history.Column("StageName")])).Where(i => i >= 0).Pairwise())
            .ToList();

        Assert.That(moves, Has.Some.Matches<(int From, int To)>(m => m.To - m.From == 2), "skipped a stage");
        Assert.That(moves, Has.Some.Matches<(int From, int To)>(m => m.To < m.From), "moved back");
    }

    [Test]
    public void Lead_source_matches_the_channel_of_the_first_touch_campaign()
    {
        var channelSource = new Dictionary<string, string>
        {
            ["Webinar"] = "Webinar", ["Email"] = "Email", ["Paid Search"] = "Paid Search", ["Paid Social"] = "Paid Social", ["Trade Show"] = "Trade Show",
            ["Content Syndication"] = "Content Syndication", ["Referral Program"] = "Referral", ["Website"] = "Website",
        };
        var campaigns = Exports["Campaign.csv"];
        var campaignType = campaigns.Rows.ToDictionary(c => c[0]!, c => c[campaigns.Column("Type")]!);
        var members = Exports["CampaignMember.csv"];
        var firstTouch = members.Rows.GroupBy(m => m[members.Column("LeadId")]!)
            .ToDictionary(g => g.Key, g => campaignType[g.MinBy(m => m[members.Column("CreatedDate")])![members.Column("CampaignId")]!]);
        var leads = Exports["Lead.csv"];

        var mismatched = leads.Rows.Where(l => firstTouch.TryGetValue(l[0]!, out var type) && channelSource[type] != l[leads.Column("LeadSource")]);
        Assert.That(mismatched, Is.Empty);
    }

    [Test]
    public void Change_score_rows_carry_consistent_old_new_and_change_values()
    {
        var activities = Exports["MarketoActivities.csv"];
        var scores = activities.Where("activityTypeId", "22").Select(r => JsonDocument.Parse(r[activities.Column("attributes")]!).RootElement).ToList();

        Assert.That(scores, Is.Not.Empty);
        Assert.That(scores.Where(s => s.GetProperty("Old Value").GetInt32() + int.Parse(s.GetProperty("Change Value").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            != s.GetProperty("New Value").GetInt32()), Is.Empty);
    }

    [Test]
    public void Change_score_rows_chain_up_in_time_order_for_every_lead()
    {
        var activities = Exports["MarketoActivities.csv"];
        int lead = activities.Column("leadId"), at = activities.Column("activityDate"), attributes = activities.Column("attributes");
        var broken = activities.Where("activityTypeId", "22").Select((r, order) => (Lead: r[lead], At: r[at], Order: order, Score: JsonDocument.Parse(r[attributes]!).RootElement))
            .GroupBy(r => r.Lead)
            .Where(g => g.OrderBy(r => r.At, StringComparer.Ordinal).ThenBy(r => r.Order)
                .Aggregate((Previous: 0, Ok: true), (s, r) => (r.Score.GetProperty("New Value").GetInt32(), s.Ok && r.Score.GetProperty("Old Value").GetInt32() == s.Previous)).Ok == false)
            .Select(g => g.Key);

        Assert.That(broken, Is.Empty);
    }

    [TestCase("Lead.csv", "CreatedDate")]
    [TestCase("Lead.csv", "SystemModstamp")]
    [TestCase("LeadHistory.csv", "CreatedDate")]
    [TestCase("Opportunity.csv", "SystemModstamp")]
    [TestCase("OpportunityHistory.csv", "CreatedDate")]
    [TestCase("Task.csv", "CreatedDate")]
    [TestCase("CampaignMember.csv", "SystemModstamp")]
    public void Salesforce_date_times_are_utc_with_milliseconds_and_inside_the_period(string file, string column)
    {
        var values = Exports[file].Values(column).ToList();

        Assert.That(values.Where(v => v is null || !SalesforceDateTime().IsMatch(v)).Take(3), Is.Empty);
        Assert.That(values.Max(), Is.LessThan("2025-07-01"));
    }

    [Test]
    public void Marketo_date_times_are_utc_to_the_second_and_inside_the_period()
    {
        var values = Exports["MarketoActivities.csv"].Values("activityDate").ToList();

        Assert.That(values.Where(v => v is null || !MarketoDateTime().IsMatch(v)).Take(3), Is.Empty);
        Assert.That(values.Max(), Is.LessThan("2025-07-01"));
        Assert.That(values.Min(), Is.GreaterThanOrEqualTo("2022-12-31"));
    }

    [Test]
    public void Campaigns_cover_the_documented_types_and_statuses()
    {
        var campaigns = Exports["Campaign.csv"];

        Assert.That(campaigns.Rows, Has.Count.InRange(20, 60));
        Assert.That(campaigns.Values("Type").Distinct(), Is.EquivalentTo(new[]
            { "Webinar", "Email", "Paid Search", "Paid Social", "Trade Show", "Content Syndication", "Referral Program", "Website" }));
        Assert.That(campaigns.Values("Status").Distinct(), Is.EquivalentTo(new[] { "Planned", "In Progress", "Completed", "Aborted" }));
        Assert.That(campaigns.Values("ParentId").OfType<string>(), Is.Not.Empty);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex SalesforceDateTime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex MarketoDateTime();
}
