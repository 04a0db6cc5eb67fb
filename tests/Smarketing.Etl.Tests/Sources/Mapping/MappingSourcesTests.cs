using Smarketing.Etl.Sources.Mapping;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>Issue 16 gaps 2, 3 and 5: an entity from several sources, one column feeding several targets, lookups that bring
/// any column across files.</summary>
public class MappingSourcesTests
{
    // Four won deals naming two people each: the SDR (lead owner) and the sales rep (opportunity owner). P9 is an SDR on D-1
    // and the sales rep on D-3; D-4 has no SDR.
    private const string Deals = "deal,mql,sdr_id,sr_id,won\r\nD-1,M1,P9,R1,2024-02-10\r\nD-2,M2,S2,R2,2024-02-11\r\nD-3,M3,S2,P9,2024-02-12\r\n" +
                                 "D-4,M4,,R1,2024-02-13\r\n";

    private const string Leads = "mql,first_contact,origin\r\nM1,2024-01-05 09:30:00,paid_search\r\nM2,2024-01-06 10:00:00,organic\r\n" +
                                 "M3,2024-01-07 11:00:00,paid_search\r\nM4,2024-01-08 12:00:00,email\r\n";

    [Test]
    public void Users_come_from_two_columns_of_one_file_as_one_set_de_duplicated_by_id()
    {
        var run = MappingRun.Of("""
            { "users": [
                { "file": "deals.csv", "columns": { "Id": { "id": { "from": [ "sdr_id" ] } }, "Name": "sdr_id", "Department": { "constant": "Sales Development" } } },
                { "file": "deals.csv", "columns": { "Id": { "id": { "from": [ "sr_id" ] } }, "Name": "sr_id", "Department": { "constant": "Account Executives" } } }
              ] }
            """, ("deals.csv", Deals));
        // users[0] (sdr_id): P9, S2 new; S2 again merged; D-4 empty → 4 = 2 + 1 + 1 + 0. users[1] (sr_id): R1, R2 new; P9 already
        // mapped by users[0] (merged, Department disagrees: the first source wins); R1 again merged → 4 = 2 + 2 + 0 + 0.
        Assert.That(run.Counts("users[0]"), Is.EqualTo((4, 2, 1, 1, 0, 2)));
        Assert.That(run.Counts("users[1]"), Is.EqualTo((4, 2, 2, 0, 0, 2)));
        Assert.That(run.Rows("User.csv").Select(r => (r["Name"], r["Department"])), Is.EqualTo(new[]
        {
            ("P9", "Sales Development"), ("S2", "Sales Development"), ("R1", "Account Executives"), ("R2", "Account Executives"),
        }));
        Assert.That(run.Source("users[1]").Disagreements, Is.EqualTo(1));
        Assert.That(run.Source("users[1]").Notes.Single(), Does.EndWith("(e.g. Department 'Sales Development' kept over 'Account Executives')"));
    }

    [Test]
    public void An_error_in_the_second_source_is_named_with_its_index()
    {
        var problems = Assert.Throws<MappingException>(() => MappingLoader.Parse("""
            { "users": [ { "file": "a.csv", "columns": { "Id": "id" } }, { "file": "b.csv", "columns": { "Colour": "c" } } ] }
            """, "mapping.json"))!.Problems;
        Assert.That(problems.Single(), Does.StartWith("mapping.json: users[1].columns.Colour: 'Colour' is not a column of User.csv"));
        var unknown = Assert.Throws<MappingException>(() => MappingLoader.Parse("{ \"users\": [ { \"file\": \"a.csv\" },\n { \"fil\": \"b.csv\" } ] }",
            "mapping.json"))!.Problems;
        Assert.That(unknown.Single(), Is.EqualTo("mapping.json: users[1].fil (line 2): 'fil' is not a known property (see docs/MAPPING.md)"));
    }

    [Test]
    public void One_column_feeds_several_targets_and_a_date_with_a_space_reads_as_ISO()
    {
        var run = MappingRun.Of("""
            {
              "leads": { "file": "leads.csv", "columns": { "Id": { "id": { "from": [ "mql" ] } }, "CreatedDate": "first_contact",
                "LeadSource": { "column": "origin", "valueMap": { "paid_search": "Paid Media", "organic": "Organic" }, "default": "Other" },
                "Company": "origin" } },
              "stageChanges": { "file": "leads.csv", "columns": { "LeadId": { "id": { "from": [ "mql" ] } } },
                "stageDates": { "columns": { "first_contact": "Marketing Qualified" } } },
              "campaigns": { "file": "leads.csv", "columns": { "Id": { "id": { "from": [ "origin" ] } }, "Name": "origin",
                "Type": { "column": "origin", "valueMap": { "paid_search": "Paid Search", "organic": "Website" }, "default": "Email" } } }
            }
            """, ("leads.csv", Leads));
        // first_contact is both the creation date and the MQL date; origin is the channel, a company label and a campaign.
        var lead = run.Rows("Lead.csv")[0];
        Assert.That((lead["CreatedDate"], lead["LeadSource"], lead["Company"]), Is.EqualTo(("2024-01-05T09:30:00.000Z", "Paid Media", "paid_search")));
        Assert.That(run.Rows("LeadHistory.csv")[0]["CreatedDate"], Is.EqualTo("2024-01-05T09:30:00.000Z"));
        // 4 leads, 3 distinct origins: 3 campaigns, the second paid_search merged.
        Assert.That(run.Counts("campaigns"), Is.EqualTo((4, 3, 1, 0, 0, 3)));
        Assert.That(run.Column("Lead.csv", "LeadSource"), Is.EqualTo(new[] { "Paid Media", "Organic", "Paid Media", "Other" }));
    }

    [Test]
    public void Campaign_types_without_a_channel_are_named_because_they_would_replace_the_lead_source()
    {
        var run = MappingRun.Of("""
            {
              "leads": { "file": "leads.csv", "columns": { "Id": { "id": { "from": [ "mql" ] } }, "LeadSource": "origin" } },
              "campaigns": { "file": "leads.csv", "columns": { "Id": { "id": { "from": [ "origin" ] } }, "Name": "origin",
                "Type": { "column": "origin", "valueMap": { "paid_search": "Paid Search" }, "passthrough": true } } }
            }
            """, ("leads.csv", Leads));
        var preview = MappingPreview.Describe(run.Result, Smarketing.Etl.Configuration.ConfigurationLoader.Load(null).Value);
        // Types: Paid Search (a channel of funnel.json), organic and email (none): those two are named.
        Assert.That(preview, Does.Contain("warning: campaign types without a channel in campaignChannels: email, organic; a lead created by a " +
                                          "response to such a campaign gets the channel \"Other\" instead of its lead source"));
        Assert.That(preview, Does.Contain("channel (lead source): paid_search 2, email 1, organic 1 (of 4 leads)"));
    }

    [Test]
    public void A_file_lookup_brings_the_deal_creation_date_from_the_leads_file()
    {
        var run = MappingRun.Of("""
            { "opportunities": { "file": "deals.csv", "columns": { "Id": { "id": { "from": [ "deal" ] } }, "Name": "deal",
                "CreatedDate": { "lookup": { "column": "mql", "file": "leads.csv", "by": "mql", "value": "first_contact" }, "format": "yyyy-MM-dd HH:mm:ss" },
                "CloseDate": "won" } } }
            """, ("deals.csv", Deals), ("leads.csv", Leads));
        Assert.That(run.Column("Opportunity.csv", "CreatedDate"), Is.EqualTo(new[]
        {
            "2024-01-05T09:30:00.000Z", "2024-01-06T10:00:00.000Z", "2024-01-07T11:00:00.000Z", "2024-01-08T12:00:00.000Z",
        }));
    }

    [Test]
    public void An_entity_lookup_returns_any_canonical_column_and_a_miss_names_file_line_column_and_value()
    {
        var run = MappingRun.Of("""
            {
              "leads": { "file": "leads.csv", "columns": { "Id": { "id": { "from": [ "mql" ] } }, "Company": "mql", "CreatedDate": "first_contact",
                "LeadSource": { "column": "origin", "valueMap": { "paid_search": "Paid Media" }, "passthrough": true } } },
              "opportunities": { "file": "deals.csv", "columns": { "Id": { "id": { "from": [ "deal" ] } },
                "LeadSource": { "lookup": { "column": "mql", "entity": "leads", "by": "Company", "value": "LeadSource" } } } }
            }
            """, ("deals.csv", Deals.Replace("D-4,M4", "D-4,M8", StringComparison.Ordinal)), ("leads.csv", Leads));
        // D-1 M1 paid_search → Paid Media, D-2 M2 organic (passed through), D-3 M3 Paid Media; D-4 names M8, no lead: rejected.
        Assert.That(run.Column("Opportunity.csv", "LeadSource"), Is.EqualTo(new[] { "Paid Media", "organic", "Paid Media" }));
        Assert.That(run.Result.Rejects.Single().ToString(), Is.EqualTo(
            "deals.csv line 5, column mql: 'M8' matches no leads row by Company (opportunities.columns.LeadSource.lookup)"));
    }

    [Test]
    public void A_lookup_file_or_column_that_is_missing_fails_before_any_row_is_read()
    {
        var json = """
            { "opportunities": { "file": "deals.csv", "columns": { "Id": "deal",
                "CreatedDate": { "lookup": { "column": "mql", "file": "leads.csv", "by": "mql", "value": "created" } } } } }
            """;
        var folder = MappingErrorTests.Folder(("deals.csv", Deals), ("leads.csv", Leads));
        var problems = Assert.Throws<MappingException>(() => MappingNormalizer.Normalize(MappingLoader.Parse(json, "m.json"), folder, Path.Combine(folder, "o")))!.Problems;
        Assert.That(problems.Single(), Does.EndWith(
            "leads.csv line 1: column 'created' named by opportunities.columns.CreatedDate.lookup is not in the header (the header has: mql, first_contact, origin)"));
    }
}
