using System.Data.Common;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>The touches of the people of a <see cref="TouchScope"/> (everyone, or those an incremental batch rebuilds), read
/// from staging: campaign responses (HasResponded) and Marketo engagement activities whose program maps to a campaign. The same
/// campaign touched twice on one UTC day by one person is one touch (the Marketo activity, which has the exact time, wins).</summary>
public sealed class TouchCatalog
{
    /// <summary>Every person, whether or not linked to an opportunity or account (the data-driven models need the journeys that did
    /// not convert too).</summary>
    private const string EveryoneSql =
        "SELECT d.LeadKey, d.SalesforceLeadId, d.SalesforceContactId, d.MarketoLeadId, d.CreatedAtUtc, a.AccountKey " +
        "FROM dw.DimLead AS d LEFT JOIN dw.DimAccount AS a ON a.SalesforceAccountId = d.SalesforceAccountId " +
        "WHERE d.LeadKey <> 0 AND d.IsDeleted = 0";

    /// <summary>The people who may be on the paths of the opportunities in etl.RecomputeOpportunity under any contact mode: their
    /// leads, the holders of their contact roles, and every person of their accounts.</summary>
    private const string ScopedPeople =
        "(SELECT o.LeadKey FROM dw.FactOpportunity AS o INNER JOIN etl.RecomputeOpportunity AS r ON r.SalesforceOpportunityId = o.SalesforceOpportunityId " +
        "WHERE o.LeadKey <> 0 UNION SELECT p.LeadKey FROM dw.DimLead AS p INNER JOIN dw.DimAccount AS pa ON pa.SalesforceAccountId = p.SalesforceAccountId " +
        "INNER JOIN dw.FactOpportunity AS o ON o.AccountKey = pa.AccountKey " +
        "INNER JOIN etl.RecomputeOpportunity AS r ON r.SalesforceOpportunityId = o.SalesforceOpportunityId " +
        "UNION SELECT cr.LeadKey FROM dw.FactOpportunityContactRole AS cr " +
        "INNER JOIN etl.RecomputeOpportunity AS r ON r.SalesforceOpportunityId = cr.SalesforceOpportunityId " +
        "WHERE cr.LeadKey <> 0)";

    private const string ScopedPeopleSql = EveryoneSql + " AND d.LeadKey IN " + ScopedPeople;

    private const string ResponsesSql =
        "SELECT cm.Id, cm.LeadId, cm.ContactId, cm.CreatedDate, cm.FirstRespondedDate, c.CampaignKey " +
        "FROM stg.SalesforceCampaignMember AS cm INNER JOIN dw.DimCampaign AS c ON c.SalesforceCampaignId = cm.CampaignId " +
        "WHERE cm.HasResponded = 1 AND (cm.IsDeleted IS NULL OR cm.IsDeleted = 0) AND c.CampaignKey <> 0";

    private const string ScopedResponsesSql = ResponsesSql +
        " AND (cm.LeadId IN (SELECT p.SalesforceLeadId FROM dw.DimLead AS p WHERE p.LeadKey IN " + ScopedPeople + ") " +
        "OR cm.ContactId IN (SELECT p.SalesforceContactId FROM dw.DimLead AS p WHERE p.LeadKey IN " + ScopedPeople + "))";

    private const string ActivitiesSql =
        "SELECT a.marketoGUID, a.survivingLeadId, a.activityDate, c.CampaignKey, t.ActivityTypeKey " +
        "FROM " + MarketoLeadMerges.Activities + " AS a INNER JOIN dw.DimCampaign AS c ON c.MarketoProgramId = a.campaignId " +
        "INNER JOIN dw.DimActivityType AS t ON t.MarketoActivityTypeId = a.activityTypeId " +
        "WHERE a.activityDate IS NOT NULL AND c.CampaignKey <> 0 AND t.IsAttributionTouch = 1";

    private const string ScopedActivitiesSql = ActivitiesSql +
        " AND a.survivingLeadId IN (SELECT p.MarketoLeadId FROM dw.DimLead AS p WHERE p.LeadKey IN " + ScopedPeople + ")";

    /// <summary>The people whose lead facts this batch rebuilds (etl.RecomputeLead).</summary>
    private const string RecomputedLeads = "(SELECT r.LeadKey FROM etl.RecomputeLead AS r)";

    private const string RecomputedPeopleSql = EveryoneSql + " AND d.LeadKey IN " + RecomputedLeads;

    private const string RecomputedResponsesSql = ResponsesSql +
        " AND (cm.LeadId IN (SELECT p.SalesforceLeadId FROM dw.DimLead AS p WHERE p.LeadKey IN " + RecomputedLeads + ") " +
        "OR cm.ContactId IN (SELECT p.SalesforceContactId FROM dw.DimLead AS p WHERE p.LeadKey IN " + RecomputedLeads + "))";

    private const string RecomputedActivitiesSql = ActivitiesSql +
        " AND a.survivingLeadId IN (SELECT p.MarketoLeadId FROM dw.DimLead AS p WHERE p.LeadKey IN " + RecomputedLeads + ")";

    private readonly Dictionary<int, List<Touch>> byPerson = [];
    private readonly Dictionary<int, List<int>> peopleByAccount = [];

    /// <summary>Reads the people of <paramref name="scope"/>, then their touches.</summary>
    public static TouchCatalog Load(IWarehouseLoader loader, TouchScope scope)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return scope switch
        {
            TouchScope.RecomputedOpportunityPaths =>
                Load(loader.Read(ScopedPeopleSql), () => loader.Read(ScopedResponsesSql), () => loader.Read(ScopedActivitiesSql)),
            TouchScope.Everyone => Load(loader.Read(EveryoneSql), () => loader.Read(ResponsesSql), () => loader.Read(ActivitiesSql)),
            TouchScope.RecomputedLeads =>
                Load(loader.Read(RecomputedPeopleSql), () => loader.Read(RecomputedResponsesSql), () => loader.Read(RecomputedActivitiesSql)),
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
        };
    }

    private static TouchCatalog Load(DbDataReader peopleReader, Func<DbDataReader> responses, Func<DbDataReader> activities)
    {
        var catalog = new TouchCatalog();
        var people = new Dictionary<string, (int Key, DateTime? Created)>(StringComparer.Ordinal);
        var marketo = new Dictionary<int, (int Key, DateTime? Created)>();
        using (var r = peopleReader)
        {
            while (r.Read())
            {
                var person = (r.Int(0)!.Value, r.Instant(4));
                people[r.Str(1)!] = person;
                if (r.Str(2) is { } contact)
                {
                    people.TryAdd(contact, person);
                }

                if (r.Int(3) is { } marketoId)
                {
                    marketo.TryAdd(marketoId, person);
                }

                if (r.Int(5) is { } account)
                {
                    catalog.AccountPeople(account).Add(person.Item1);
                }
            }
        }

        var candidates = new CampaignDayWinners();
        using (var r = responses())
        {
            while (r.Read())
            {
                var who = r.Str(1) is { } lead && people.ContainsKey(lead) ? lead : r.Str(2);
                if (who is null || !people.TryGetValue(who, out var person) || r.Instant(3) is not { } created)
                {
                    continue;
                }

                var responded = r.Date(4);
                var at = responded is { } day && day != DateOnly.FromDateTime(created) ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : created;
                candidates.Add(new Touch(r.Str(0)!, "Salesforce", at, r.Int(5)!.Value, 0, person.Key, false));
            }
        }

        // The configured touch types are a flag of dw.DimActivityType (set from the configuration), so the query stays constant.
        using (var r = activities())
        {
            while (r.Read())
            {
                if (r.Int(1) is { } id && marketo.TryGetValue(id, out var person))
                {
                    candidates.Add(new Touch(r.Str(0)!, "Marketo", r.Instant(2)!.Value, r.Int(3)!.Value, r.Int(4)!.Value, person.Key, false));
                }
            }
        }

        // A person's creation time is that of the first entry naming them (their lead id, or a contact id only they hold).
        var createdAt = new Dictionary<int, DateTime?>();
        foreach (var (key, created) in people.Values)
        {
            createdAt.TryAdd(key, created);
        }

        foreach (var (key, touches) in candidates.ByPerson(person => createdAt.GetValueOrDefault(person)))
        {
            catalog.byPerson[key] = touches;
        }

        return catalog;
    }

    /// <summary>One person's touches, oldest first (empty when none).</summary>
    public IReadOnlyList<Touch> Of(int leadKey) => byPerson.TryGetValue(leadKey, out var touches) ? touches : [];

    /// <summary>Every person with at least one touch, and their touches oldest first.</summary>
    public IEnumerable<KeyValuePair<int, List<Touch>>> People => byPerson;

    /// <summary>The people (lead keys) of an account.</summary>
    public IReadOnlyList<int> PeopleOf(int accountKey) => peopleByAccount.TryGetValue(accountKey, out var people) ? people : [];

    private List<int> AccountPeople(int accountKey)
    {
        if (!peopleByAccount.TryGetValue(accountKey, out var list))
        {
            peopleByAccount[accountKey] = list = [];
        }

        return list;
    }
}
