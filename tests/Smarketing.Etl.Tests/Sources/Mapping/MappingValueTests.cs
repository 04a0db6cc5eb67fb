namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>Issue 16 gap 4: value maps with a default, passing unlisted values through, labelling the empty value, and the
/// first or n-th value of a multi-valued cell.</summary>
public class MappingValueTests
{
    private const string Leads = "ref,origin,profile\r\nL1,Google Ads,\"cat, wolf\"\r\nL2,,eagle\r\nL3,Fax,\r\nL4,google ads,\"shark,,cat \"\r\n";

    private static MappingRun Map(string leadSource, string title) => MappingRun.Of($$"""
        { "leads": { "file": "l.csv", "columns": { "Id": { "id": { "from": [ "ref" ] } }, "LeadSource": {{leadSource}}, "Title": {{title}} } } }
        """, ("l.csv", Leads));

    [Test]
    public void The_empty_value_is_labelled_by_an_empty_key_and_unlisted_values_take_the_default()
    {
        var run = Map("""{ "column": "origin", "valueMap": { "Google Ads": "Paid Media", "": "Unknown origin" }, "default": "Other" }""", "\"profile\"");
        // L1, L4 listed (case-insensitive), L2 empty → the "" key, L3 "Fax" unlisted → default, counted once.
        Assert.That(run.Column("Lead.csv", "LeadSource"), Is.EqualTo(new[] { "Paid Media", "Unknown origin", "Other", "Paid Media" }));
        Assert.That(run.Source("leads").UnmappedValues, Is.EqualTo(new Dictionary<string, int> { ["leads.columns.LeadSource: 'Fax'"] = 1 }));
    }

    [Test]
    public void Passthrough_keeps_unlisted_values_and_renames_only_the_listed_ones()
    {
        var run = Map("""{ "column": "origin", "valueMap": { "Google Ads": "Paid Media" }, "passthrough": true }""", "\"profile\"");
        // L2 stays empty (no "" key), L3 "Fax" passes through and is not counted as unmapped.
        Assert.That(run.Column("Lead.csv", "LeadSource"), Is.EqualTo(new[] { "Paid Media", "", "Fax", "Paid Media" }));
        Assert.That(run.Source("leads").UnmappedValues, Is.Empty);
    }

    [Test]
    public void First_takes_the_first_value_of_a_multi_valued_cell_before_the_value_map()
    {
        var run = Map("\"origin\"", """{ "column": "profile", "first": true, "separator": ",", "valueMap": { "cat": "CIO", "eagle": "CFO", "shark": "CMO" } }""");
        // L1 "cat, wolf" → cat → CIO; L2 eagle → CFO; L3 empty stays empty; L4 "shark,,cat " → shark → CMO.
        Assert.That(run.Column("Lead.csv", "Title"), Is.EqualTo(new[] { "CIO", "CFO", "", "CMO" }));
    }

    [Test]
    public void Nth_counts_from_one_skips_empty_parts_and_counts_from_the_end_when_negative()
    {
        var second = Map("\"origin\"", """{ "column": "profile", "nth": 2, "separator": "," }""");
        // L1 → wolf; L2 has one value → empty; L3 empty; L4 "shark,,cat " → parts shark, cat → cat.
        Assert.That(second.Column("Lead.csv", "Title"), Is.EqualTo(new[] { "wolf", "", "", "cat" }));
        var last = Map("\"origin\"", """{ "column": "profile", "nth": -1, "separator": "," }""");
        Assert.That(last.Column("Lead.csv", "Title"), Is.EqualTo(new[] { "wolf", "eagle", "", "cat" }));
    }

    [Test]
    public void Conflicting_or_pointless_value_options_are_refused_with_their_path()
    {
        var problems = Assert.Throws<Smarketing.Etl.Sources.Mapping.MappingException>(() => Smarketing.Etl.Sources.Mapping.MappingLoader.Parse("""
            { "leads": { "file": "l.csv", "columns": {
              "LeadSource": { "column": "origin", "valueMap": { "a": "b" }, "default": "Other", "passthrough": true },
              "Title": { "column": "profile", "nth": 0 }, "Company": { "column": "c", "default": "x" } } } }
            """, "mapping.json"))!.Problems;
        Assert.That(problems, Is.EqualTo(new[]
        {
            "mapping.json: leads.columns.LeadSource: give either default or passthrough for values the valueMap does not list, not both",
            "mapping.json: leads.columns.Title.nth: 1 is the first value, 2 the second, -1 the last (0 names none)",
            "mapping.json: leads.columns.Company: default and passthrough apply to values a valueMap does not list; add a valueMap (or use constant)",
        }));
    }
}
