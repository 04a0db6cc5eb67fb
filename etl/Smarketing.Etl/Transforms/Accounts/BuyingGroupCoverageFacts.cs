using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>dw.FactBuyingGroupCoverage: every new-business opportunity's buying-group coverage
/// (<see cref="BuyingGroupCoverage"/>) from the contact-role bridge dw.FactOpportunityContactRole and the contacts' touches
/// (prep.AccountTouch). Rebuilt in full every batch with <see cref="UpsertOptions.Replace"/> (only changed rows written): open
/// deals' windows move with the as-of day, and the read is limited to the people who hold a contact role.</summary>
public sealed class BuyingGroupCoverageFacts : ITransform
{
    /// <summary>New-business opportunities, not deleted, of a known account.</summary>
    internal const string DealsSql =
        "SELECT o.SalesforceOpportunityId, o.AccountKey, a.Segment, o.CreatedDateKey, " +
        "COALESCE(o.ClosedDateKey, o.CloseDateKey), o.IsClosed, o.IsWon, o.CycleDays " +
        "FROM dw.FactOpportunity AS o INNER JOIN dw.DimAccount AS a ON a.AccountKey = o.AccountKey " +
        "WHERE o.TypeCategory = 'New' AND o.IsDeleted = 0 AND o.AccountKey <> 0 ORDER BY o.SalesforceOpportunityId";

    /// <summary>The contact roles of every opportunity.</summary>
    internal const string RolesSql =
        "SELECT r.SalesforceOpportunityId, r.Role, r.LeadKey FROM dw.FactOpportunityContactRole AS r";

    /// <summary>The days on which a person who holds a contact role touched (score changes are not touches).</summary>
    internal const string TouchDaysSql =
        "SELECT DISTINCT t.LeadKey, t.TouchDateKey FROM prep.AccountTouch AS t WHERE t.IsTouch = 1 AND t.LeadKey IN " +
        "(SELECT r.LeadKey FROM dw.FactOpportunityContactRole AS r WHERE r.LeadKey <> 0) ORDER BY t.LeadKey, t.TouchDateKey";

    /// <inheritdoc />
    public string Table => "dw.FactBuyingGroupCoverage";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var deals = new List<BuyingGroupDeal>();
        using (var r = context.Loader.Read(DealsSql))
        {
            while (r.Read())
            {
                var closed = r.Bool(5) == true ? DayKey.Day(r.Int(4)) : null;
                deals.Add(new BuyingGroupDeal(r.Str(0)!, r.Int(1)!.Value, r.Str(2) ?? "Unknown", DayKey.Day(r.Int(3))!.Value,
                    closed, r.Bool(6) == true, r.Dec(7)));
            }
        }

        var roles = new Dictionary<string, List<(string Role, int LeadKey)>>(StringComparer.Ordinal);
        using (var r = context.Loader.Read(RolesSql))
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
        using (var r = context.Loader.Read(TouchDaysSql))
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
        return [context.Loader.Upsert(rows, UpsertOptions.Replace)];
    }
}
