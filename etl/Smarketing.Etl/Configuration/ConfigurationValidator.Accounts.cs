namespace Smarketing.Etl.Configuration;

public static partial class ConfigurationValidator
{
    private static void ValidateAccounts(FunnelConfiguration c, List<string> problems)
    {
        var f = c.AccountFunnel;
        AtLeast(problems, "accountFunnel.engagedMinTouches", f.EngagedMinTouches, 1);
        AtLeast(problems, "accountFunnel.mqaWindowDays", f.MqaWindowDays, 1);
        AtLeast(problems, "accountFunnel.mqaMinPeople", f.MqaMinPeople, 1);
        AtLeast(problems, "accountFunnel.mqaMinTouches", f.MqaMinTouches, 1);
        AtLeast(problems, "accountFunnel.mqaMinScore", f.MqaMinScore, 0);

        var g = c.BuyingGroups;
        AtLeast(problems, "buyingGroups.engagementWindowDays", g.EngagementWindowDays, 1);
        Roles(problems, "buyingGroups.defaultRoles", g.DefaultRoles);
        var segments = c.CompanySizeBands.Select(b => b.Name).Append("Unknown").ToList();
        foreach (var (segment, roles) in g.SegmentRoles)
        {
            if (!segments.Contains(segment, StringComparer.Ordinal))
            {
                problems.Add($"buyingGroups.segmentRoles['{segment}']: not a segment " +
                             $"(allowed: the companySizeBands' names and Unknown: {string.Join(", ", segments)})");
            }

            Roles(problems, $"buyingGroups.segmentRoles['{segment}']", roles);
        }
    }

    private static void AtLeast(List<string> problems, string path, int value, int minimum)
    {
        if (value < minimum)
        {
            problems.Add($"{path}: {value} must be at least {minimum}");
        }
    }

    private static void Roles(List<string> problems, string path, List<string> roles)
    {
        if (roles.Count == 0)
        {
            problems.Add($"{path}: at least one role is required (OpportunityContactRole.Role values, e.g. Decision Maker)");
        }

        for (var i = 0; i < roles.Count; i++)
        {
            Required(problems, $"{path}[{i}]", roles[i]);
        }

        Duplicates(problems, path, roles);
    }
}
