using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>dw.FactBuyingGroupCoverage: every new-business opportunity's buying-group coverage
/// (<see cref="BuyingGroupCoverage"/>) from the contact-role bridge dw.FactOpportunityContactRole and the contacts' touches
/// (prep.AccountTouch). A delta rebuilds the deals of the accounts <see cref="AccountScope"/> listed (the account funnel decided
/// the list; rows replaced only within it) and every open deal, whose window moves with the as-of day; a full rebuild replaces
/// the whole fact. Only changed rows are written; the touch read is limited to the people who hold a contact role.</summary>
public sealed class BuyingGroupCoverageFacts : ITransform
{
    /// <summary>New-business opportunities, not deleted, of a known account.</summary>
    internal const string DealsSql = DealsSelect + " " + DealOrder;

    /// <summary>New-business opportunities, not deleted, of a listed account or open.</summary>
    internal const string ListedDealsSql = DealsSelect + " AND " + ListedDeal + " " + DealOrder;

    /// <summary>The contact roles of every opportunity.</summary>
    internal const string RolesSql = RolesSelect;

    /// <summary>The contact roles of the opportunities of a listed account or open.</summary>
    internal const string ListedRolesSql = RolesSelect + " WHERE r.SalesforceOpportunityId IN " + ListedDeals;

    /// <summary>The days on which a person who holds a contact role touched (score changes are not touches).</summary>
    internal const string TouchDaysSql =
        "SELECT DISTINCT t.LeadKey, t.TouchDateKey " + TouchDaysFrom + RoleHolders + ")" + TouchDayOrder;

    /// <summary>The touch days of the people who hold a contact role on an opportunity of a listed account or open.</summary>
    internal const string ListedTouchDaysSql =
        "SELECT DISTINCT t.LeadKey, t.TouchDateKey " + TouchDaysFrom + RoleHolders +
        " AND r.SalesforceOpportunityId IN " + ListedDeals + ")" + TouchDayOrder;

    private const string DealsSelect =
        "SELECT o.SalesforceOpportunityId, o.AccountKey, a.Segment, o.CreatedDateKey, " +
        "COALESCE(o.ClosedDateKey, o.CloseDateKey), o.IsClosed, o.IsWon, o.CycleDays " +
        "FROM dw.FactOpportunity AS o INNER JOIN dw.DimAccount AS a ON a.AccountKey = o.AccountKey " +
        "WHERE o.TypeCategory = 'New' AND o.IsDeleted = 0 AND o.AccountKey <> 0";

    private const string DealOrder = "ORDER BY o.SalesforceOpportunityId";

    /// <summary>An opportunity (o) of a listed account, or open (its window ends on the as-of day).</summary>
    private const string ListedDeal =
        "(o.AccountKey IN " + AccountScope.ListedAccounts + " OR o.IsClosed = 0)";

    private const string ListedDeals = "(SELECT o.SalesforceOpportunityId FROM dw.FactOpportunity AS o WHERE " + ListedDeal + ")";

    private const string RolesSelect =
        "SELECT r.SalesforceOpportunityId, r.Role, r.LeadKey FROM dw.FactOpportunityContactRole AS r";

    private const string TouchDaysFrom = "FROM prep.AccountTouch AS t WHERE t.IsTouch = 1 AND t.LeadKey IN ";

    /// <summary>The people who hold a contact role (a fragment: the caller closes the parenthesis).</summary>
    private const string RoleHolders = "(SELECT r.LeadKey FROM dw.FactOpportunityContactRole AS r WHERE r.LeadKey <> 0";

    private const string TouchDayOrder = " ORDER BY t.LeadKey, t.TouchDateKey";

    /// <inheritdoc />
    public string Table => "dw.FactBuyingGroupCoverage";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var all = context.Accounts.IsAll;
        var deals = new List<BuyingGroupDeal>();
        using (var r = all ? context.Loader.Read(DealsSql) : context.Loader.Read(ListedDealsSql))
        {
            while (r.Read())
            {
                var closed = r.Bool(5) == true ? DayKey.Day(r.Int(4)) : null;
                deals.Add(new BuyingGroupDeal(r.Str(0)!, r.Int(1)!.Value, r.Str(2) ?? "Unknown", DayKey.Day(r.Int(3))!.Value,
                    closed, r.Bool(6) == true, r.Dec(7)));
            }
        }

        var roles = new Dictionary<string, List<(string Role, int LeadKey)>>(StringComparer.Ordinal);
        using (var r = all ? context.Loader.Read(RolesSql) : context.Loader.Read(ListedRolesSql))
        {
            while (r.Read())
            {
                var opportunity = r.Str(0)!;
                if (!roles.TryGetValue(opportunity, out var list))
                {
                    roles[opportunity] = list = [];
                }

                list.Add((r.Str(1) ?? "Unspecified", r.Int(2) ?? 0));
            }
        }

        var touchDays = new Dictionary<int, List<DateOnly>>();
        using (var r = all ? context.Loader.Read(TouchDaysSql) : context.Loader.Read(ListedTouchDaysSql))
        {
            while (r.Read())
            {
                var person = r.Int(0)!.Value;
                if (!touchDays.TryGetValue(person, out var days))
                {
                    touchDays[person] = days = [];
                }

                days.Add(DayKey.Day(r.Int(1))!.Value);
            }
        }

        var coverage = new BuyingGroupCoverage(context.Configuration.BuyingGroups, DateOnly.FromDateTime(context.AsOfUtc));
        var rows = deals.Select(d =>
            coverage.Measure(d, roles.GetValueOrDefault(d.SalesforceOpportunityId) ?? [], touchDays, context.BatchId));
        return [context.Loader.Upsert(rows, AccountScope.Replace(context.Accounts))];
    }
}
