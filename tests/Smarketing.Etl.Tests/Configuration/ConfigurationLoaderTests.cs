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
    public void Sla_rule_roles_and_later_stage_stops_are_checked()
    {
        const string text = """
            {
              "stages": [ { "name": "Handoff", "ownerTeam": "Shared", "category": "Handoff" }, { "name": "SAL", "ownerTeam": "Sales", "category": "SAL" } ],
              "slaRules": [
                { "name": "A", "role": "headline", "startStage": "Handoff", "stopStages": [ "SAL" ], "stopAtLaterStagesOf": "Finance", "targetBusinessHours": 8 },
                { "name": "B", "role": "speedToLead", "startStage": "Handoff", "stopStages": [ "SAL" ], "targetBusinessHours": 2 },
                { "name": "C", "role": "speedToLead", "startStage": "Handoff", "stopEvent": "FirstSalesTouch", "targetBusinessHours": 2 }
              ]
            }
            """;
        var e = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse(text, "funnel.json"));
        Assert.That(e!.Problems, Is.SupersetOf(new[]
        {
            "slaRules[0].role: 'headline' is not one of handoff, speedToLead, qualification",
            "slaRules[0].stopAtLaterStagesOf: 'Finance' must be one of Marketing, Sales, Shared, on a rule with stopStages",
            "slaRules[1].role: a speedToLead rule stops at stopEvent FirstSalesTouch",
            "slaRules[].role: 'speedToLead' is defined 2 times; names must be unique",
        }));
    }

    [Test]
    public void A_misspelt_property_is_an_error_with_its_line()
    {
        var e = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse("{\n  \"stagez\": []\n}", "funnel.json"));
        Assert.That(e!.Problems.Single(), Does.Contain("stagez").And.Contain("line 2"));
    }

    [Test]
    public void Attribution_and_lifetime_value_problems_are_listed_with_their_paths()
    {
        const string text = """
            {
              "stages": [ { "name": "Discovery", "ownerTeam": "Sales", "category": "Opportunity" } ],
              "defaultCalendar": "C",
              "calendars": [ { "name": "C", "timeZone": "UTC", "workingDays": [ "Monday" ], "workStart": "09:00", "workEnd": "17:00" } ],
              "opportunityTypes": { "New Customer": "Brand new" },
              "bidStage": "Proposal",
              "reportingCurrency": "usd",
              "attribution": {
                "lookbackDays": 0,
                "defaultModel": "Nope",
                "contactMode": "allContacts",
                "dataDriven": { "conversion": "Signed", "resamples": -1 },
                "models": [
                  { "name": "U", "type": "PositionBased", "firstTouch": 0.5, "leadCreation": 0.5, "middle": 0.2 },
                  { "name": "L", "type": "Linear", "firstTouch": 1 },
                  { "name": "D", "type": "TimeDecay" },
                  { "name": "X", "type": "Quadratic" }
                ]
              },
              "lifetimeValue": { "grossMarginPercent": 120, "contractTermMonths": 0, "renewalGraceDays": -1, "maxLifetimeYears": 0, "annualDiscountRatePercent": -5 }
            }
            """;
        var e = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse(text, "funnel.json"));
        Assert.That(e!.Problems, Is.EquivalentTo(new[]
        {
            "opportunityTypes['New Customer']: 'Brand new' is not one of New, Upgrade, Renewal",
            "bidStage: 'Proposal' is not a configured stage of category Opportunity (Discovery; or null)",
            "reportingCurrency: 'usd' is not an ISO 4217 currency code (three capital letters, e.g. USD, EUR)",
            "attribution.lookbackDays: 0 must be at least 1",
            "attribution.contactMode: 'allContacts' is not one of convertedLead, primaryContactRole, allContactRoles, " +
                "accountContacts",
            "attribution.defaultModel: 'Nope' is not one of the models (U, L, D, X)",
            "attribution.models[0]: firstTouch + leadCreation + opportunityCreation + closedWon + middle = 1.2; the weights must sum to 1",
            "attribution.models[1]: position weights are allowed only on PositionBased models (this one is Linear)",
            "attribution.models[2].halfLifeDays: a TimeDecay model needs a half-life greater than 0 days",
            "attribution.models[3].type: 'Quadratic' is not one of FirstTouch, LeadCreation, LastTouch, Linear, PositionBased, TimeDecay",
            "attribution.dataDriven.conversion: 'Signed' is neither Won nor a stage category (Opportunity)",
            "attribution.dataDriven.resamples: -1 must be between 0 and 10000",
            "lifetimeValue.grossMarginPercent: 120 is not a percentage (allowed: 0–100)",
            "lifetimeValue.annualDiscountRatePercent: -5 is not a percentage (allowed: 0–100)",
            "lifetimeValue.contractTermMonths: 0 is not a contract term (allowed: 1–120 months)",
            "lifetimeValue.renewalGraceDays: -1 must not be negative",
            "lifetimeValue.maxLifetimeYears: 0 is not a lifetime (allowed: more than 0, at most 100 years)",
        }));
    }
}
