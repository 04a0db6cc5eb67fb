using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>Measures one deal's buying group against the roles its segment requires (configuration buyingGroups): a role is
/// present when a contact holds it on the deal, engaged when one of those contacts touched inside the window of
/// <c>engagementWindowDays</c> days ending at the close (the as-of day while open; the end day counts). The group is complete
/// on the day the last required role was first touched inside that window.</summary>
public sealed class BuyingGroupCoverage(BuyingGroupConfiguration configuration, DateOnly asOf)
{
    /// <summary>The deal's coverage row.</summary>
    /// <param name="deal">The opportunity.</param>
    /// <param name="roles">Its contact roles: role name and the contact's person (0 when unknown).</param>
    /// <param name="touchDays">Each person's touch days, ascending.</param>
    /// <param name="batchId">The batch the row is written under.</param>
    public FactBuyingGroupCoverageRow Measure(BuyingGroupDeal deal, IReadOnlyList<(string Role, int LeadKey)> roles,
        IReadOnlyDictionary<int, List<DateOnly>> touchDays, int batchId)
    {
        var end = deal.Closed ?? asOf;
        var start = end.AddDays(1 - configuration.EngagementWindowDays);
        var required = configuration.RolesFor(deal.Segment);
        int present = 0, engaged = 0;
        DateOnly? complete = null;
        var missing = new List<string>();
        foreach (var role in required)
        {
            var holders = roles.Where(r => string.Equals(r.Role, role, StringComparison.OrdinalIgnoreCase)).ToList();
            present += holders.Count > 0 ? 1 : 0;
            var first = holders
                .SelectMany(h => touchDays.TryGetValue(h.LeadKey, out var days) ? days : [])
                .Where(d => d >= start && d <= end)
                .Select(d => (DateOnly?)d)
                .Min();
            if (first is { } day)
            {
                engaged++;
                complete = complete is { } c && c > day ? c : day;
            }
            else
            {
                missing.Add(role);
            }
        }

        var percent = decimal.Round(100m * engaged / required.Count, 2);
        var isComplete = engaged == required.Count;
        var (band, order) = Band(roles.Count, percent);
        return new FactBuyingGroupCoverageRow(
            SalesforceOpportunityId: deal.SalesforceOpportunityId,
            AccountKey: deal.AccountKey,
            Segment: deal.Segment,
            CreatedDateKey: DateKey.From(deal.Created),
            WindowEndDateKey: DateKey.From(end),
            IsClosed: deal.Closed is not null,
            IsWon: deal.IsWon,
            CycleDays: deal.CycleDays,
            ContactRoles: roles.Count,
            RequiredRoles: required.Count,
            RolesPresent: present,
            RolesEngaged: engaged,
            CoveragePercent: percent,
            CoverageBand: band,
            CoverageBandOrder: order,
            MissingRoles: missing.Count == 0 ? null : Cut(string.Join(", ", missing)),
            IsGroupComplete: isComplete,
            GroupCompleteDateKey: isComplete ? DateKey.From(complete) : null,
            DaysToCompleteGroup: isComplete ? Math.Max(0, complete!.Value.DayNumber - deal.Created.DayNumber) : null,
            BatchId: batchId);
    }

    /// <summary>The coverage band: deals without any contact role apart, then quarters of coverage, 100 % on its own.</summary>
    public static (string Band, short Order) Band(int contactRoles, decimal percent) => percent switch
    {
        _ when contactRoles == 0 => ("No contact roles", 0),
        >= 100m => ("100%", 5),
        >= 75m => ("75-99%", 4),
        >= 50m => ("50-74%", 3),
        >= 25m => ("25-49%", 2),
        _ => ("0-24%", 1),
    };

    private static string Cut(string text) => text.Length <= 400 ? text : text[..400];
}
