using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Tests.Configuration;

public class AccountConfigurationTests
{
    private static IEnumerable<string> AccountProblems(string accountSections)
    {
        var text = $$"""
            {
              "stages": [ { "name": "Discovery", "ownerTeam": "Sales", "category": "Opportunity" } ],
              "defaultCalendar": "C",
              "calendars": [
                { "name": "C", "timeZone": "UTC", "workingDays": [ "Monday" ], "workStart": "09:00", "workEnd": "17:00" }
              ],
              "companySizeBands": [ { "name": "Small", "maxEmployees": 49 }, { "name": "Large" } ],
              {{accountSections}}
            }
            """;
        var e = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse(text, "funnel.json"));
        return e!.Problems.Where(p =>
            p.StartsWith("accountFunnel", StringComparison.Ordinal) || p.StartsWith("buyingGroups", StringComparison.Ordinal));
    }

    [Test]
    public void The_shipped_thresholds_and_buying_groups_are_those_the_documentation_describes()
    {
        var c = ConfigurationLoader.Load(null).Value;
        var f = c.AccountFunnel;
        Assert.That((f.EngagedMinTouches, f.MqaWindowDays, f.MqaMinPeople, f.MqaMinTouches, f.MqaMinScore),
            Is.EqualTo((1, 30, 2, 3, 0)));
        Assert.That(c.BuyingGroups.RolesFor("Mid-Market (50-999)"),
            Is.EqualTo(new[] { "Decision Maker", "Economic Buyer", "Technical Buyer" }));
        Assert.That(c.BuyingGroups.RolesFor("Unknown"), Is.EqualTo(c.BuyingGroups.DefaultRoles));
        Assert.That(c.BuyingGroups.EngagementWindowDays, Is.EqualTo(90));
    }

    [Test]
    public void Account_funnel_and_buying_group_problems_are_listed_with_their_paths()
    {
        var problems = AccountProblems("""
            "accountFunnel": {
              "engagedMinTouches": 0, "mqaWindowDays": 0, "mqaMinPeople": 0, "mqaMinTouches": -1, "mqaMinScore": -5
            },
            "buyingGroups": {
              "engagementWindowDays": 0,
              "defaultRoles": [],
              "segmentRoles": { "Large": [ "Decision Maker", "decision maker", "" ], "Huge": [ "Champion" ] }
            }
            """);
        Assert.That(problems, Is.EquivalentTo(new[]
        {
            "accountFunnel.engagedMinTouches: 0 must be at least 1",
            "accountFunnel.mqaWindowDays: 0 must be at least 1",
            "accountFunnel.mqaMinPeople: 0 must be at least 1",
            "accountFunnel.mqaMinTouches: -1 must be at least 1",
            "accountFunnel.mqaMinScore: -5 must be at least 0",
            "buyingGroups.engagementWindowDays: 0 must be at least 1",
            "buyingGroups.defaultRoles: at least one role is required (OpportunityContactRole.Role values, e.g. Decision Maker)",
            "buyingGroups.segmentRoles['Large'][2]: is required",
            "buyingGroups.segmentRoles['Large']: 'Decision Maker' is defined 2 times; names must be unique",
            "buyingGroups.segmentRoles['Huge']: not a segment " +
            "(allowed: the companySizeBands' names and Unknown: Small, Large, Unknown)",
        }));
    }
}
