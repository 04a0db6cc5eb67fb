namespace Smarketing.Etl.Tests.Generation;

/// <summary>The oddities real exports have are present, so the readers meet them in every test run.</summary>
public sealed class ExportQuirkTests
{
    private static GeneratedExports Exports => SampleExportsSetUp.Default;

    [Test]
    public void Some_leads_are_deleted()
    {
        var leads = Exports["Lead.csv"];
        var deleted = leads.Rows.Where(r => r[leads.Column("IsDeleted")] == "true" && r[leads.Column("MasterRecordId")] is null).ToList();

        Assert.That(deleted, Is.Not.Empty);
        var history = Exports["LeadHistory.csv"];
        var ids = deleted.Select(r => r[0]).ToHashSet();
        Assert.That(history.Rows.Where(h => ids.Contains(h[history.Column("LeadId")])).Select(h => h[history.Column("IsDeleted")]).Distinct(), Is.EqualTo(new[] { "true" }));
    }

    [Test]
    public void A_repeated_lead_row_differs_and_the_newest_system_modstamp_tells_the_current_one()
    {
        var leads = Exports["Lead.csv"];
        int stamp = leads.Column("SystemModstamp"), rating = leads.Column("Rating");
        var repeated = leads.Rows.Select((row, line) => (row, line)).GroupBy(x => x.row[0]).Where(g => g.Count() > 1).ToList();

        Assert.That(repeated, Is.Not.Empty);
        foreach (var copies in repeated)
        {
            Assert.That(copies.Select(c => c.row[stamp]).Distinct().Count(), Is.EqualTo(2), copies.Key);
            Assert.That(copies.Select(c => c.row[rating]).Distinct().Count(), Is.EqualTo(2), copies.Key);
        }

        var currentFirst = repeated.Select(g => g.MaxBy(c => c.row[stamp]).line < g.MinBy(c => c.row[stamp]).line);
        Assert.That(currentFirst, Has.Some.True, "at least once the current row comes first, so 'last row wins' would be wrong");
    }

    [Test]
    public void A_merged_lead_points_to_its_master_and_marketo_logs_the_merge()
    {
        var leads = Exports["Lead.csv"];
        var losers = leads.Rows.Where(r => r[leads.Column("MasterRecordId")] is not null).ToList();
        var marketoLeads = Exports["MarketoLeads.csv"];
        // Marketo people synced to a contact the account executive added to a deal have no Salesforce lead.
        var marketoIdOf = marketoLeads.Rows.Where(r => r[marketoLeads.Column("sfdcLeadId")] is not null).ToDictionary(r
            => r[marketoLeads.Column("sfdcLeadId")]!, r => r[0]);
        var activities = Exports["MarketoActivities.csv"];
        var merges = activities.Where("activityTypeId", "32").Select(r => r[activities.Column("leadId")]).ToHashSet();

        Assert.That(losers, Is.Not.Empty);
        Assert.That(losers.Select(r => r[leads.Column("IsDeleted")]).Distinct(), Is.EqualTo(new[] { "true" }));
        Assert.That(losers.Select(r => marketoIdOf[r[leads.Column("MasterRecordId")]!]), Is.SubsetOf(merges));
    }

    [Test]
    public void An_activity_of_an_unknown_type_is_in_the_extract()
    {
        Assert.That(Exports["MarketoActivities.csv"].Values("activityTypeId"), Has.Some.EqualTo("999"));
    }

    [Test]
    public void A_company_with_a_comma_and_quotes_and_a_title_with_a_line_break_survive_quoting()
    {
        var leads = Exports["Lead.csv"];

        Assert.That(leads.Values("Company"), Has.Some.Matches<string?>(c => c is not null && c.Contains(", Lang & \"Sons\" Ltd", StringComparison.Ordinal)));
        Assert.That(leads.Values("Title"), Has.Some.Matches<string?>(t => t is not null && t.EndsWith("\nEMEA", StringComparison.Ordinal)));
        Assert.That(leads.Rows.Select(r => r.Length).Distinct(), Is.EqualTo(new[] { leads.Columns.Length }));
    }
}
