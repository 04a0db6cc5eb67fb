using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Tests.Configuration;

public class ConfigurationLoaderTests
{
    [Test]
    public void The_shipped_default_configuration_is_valid()
    {
        var loaded = ConfigurationLoader.Load(null);
        Assert.That(loaded.Value.Stages.Select(s => s.Name).Take(5), Is.EqualTo(new[] { "Inquiry", "MQL", "Handoff", "SAL", "SQL" }));
        Assert.That(loaded.Value.Stages.Single(s => s.IsHandoff).Name, Is.EqualTo("Handoff"));
        Assert.That(loaded.Sha256, Has.Length.EqualTo(64));
    }

    [Test]
    public void Every_problem_is_listed_with_its_path_and_what_is_allowed()
    {
        const string text = """
            {
              "fiscalYearStartMonth": 13,
              "stages": [ { "name": "MQL", "ownerTeam": "Sale", "category": "MQL" }, { "name": "mql", "ownerTeam": "Marketing", "category": "Lead" } ],
              "personas": [ { "name": "X", "titlePatterns": [ "(" ] } ],
              "defaultCalendar": "Nowhere",
              "calendars": [ { "name": "Bad", "timeZone": "Mars/Olympus", "workingDays": [], "workStart": "17:00", "workEnd": "09:00" } ]
            }
            """;
        var e = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse(text, "funnel.json"));
        Assert.That(e!.Problems, Is.EquivalentTo(new[]
        {
            "fiscalYearStartMonth: 13 is not a month (allowed: 1–12)",
            "stages[0].ownerTeam: 'Sale' is not one of Marketing, Sales, Shared",
            "stages[1].category: 'Lead' is not one of Inquiry, MQL, Handoff, SAL, SQL, Opportunity, Won, Lost, Recycled, Disqualified, Unmapped",
            "stages: 'MQL' is defined 2 times; names must be unique",
            e.Problems.Single(p => p.StartsWith("personas[0].titlePatterns[0]: '(' is not a valid regular expression", StringComparison.Ordinal)),
            "calendars[0].timeZone: 'Mars/Olympus' is not an IANA time zone id (e.g. America/New_York, Europe/London)",
            "calendars[0]: workStart 17:00 must be before workEnd 09:00",
            "calendars[0].workingDays: at least one working day is required (Monday … Sunday)",
            "defaultCalendar: 'Nowhere' is not one of the calendars (Bad)",
        }));
        Assert.That(e.Message, Does.StartWith("funnel.json: 9 configuration problem(s):"));
    }

    [Test]
    public void A_misspelt_property_is_an_error_with_its_line()
    {
        var e = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse("{\n  \"stagez\": []\n}", "funnel.json"));
        Assert.That(e!.Problems.Single(), Does.Contain("stagez").And.Contain("line 2"));
    }
}
