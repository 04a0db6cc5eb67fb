using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Transforms.Incremental;
using Smarketing.Etl.Transforms.Keys;

namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>dw.FactAttribution: for every opportunity (every type) and every configured model, the touches on its path with their
/// shares of the opportunity's pipeline and won revenue. The path's people follow attribution.contactMode
/// (<see cref="PathPeople"/>):
/// by default the lead converted into the opportunity, or for renewals, upgrades and direct opportunities the account's leads and
/// contacts; else its primary contact role, all its contact roles or all its account's people. Their touches are merged (each
/// touch once). A renewal's or upgrade's path starts no earlier than the account's first win: touches before it already credited
/// the acquisition. No touch before creation: one Unattributed row.</summary>
public sealed class AttributionFacts : ITransform
{
    private const string Opportunities =
        "SELECT o.SalesforceOpportunityId, o.AccountKey, o.LeadKey, o.CreatedAtUtc, o.ClosedAtUtc, o.IsWon, o.Amount, o.WonAmount, o.IsNewCustomer, " +
        "o.CreatedDateKey, o.WonDateKey, o.TypeCategory FROM dw.FactOpportunity AS o WHERE o.IsDeleted = 0";

    private const string OpportunitySql = Opportunities + " ORDER BY o.SalesforceOpportunityId";

    private const string ScopedOpportunitySql = Opportunities +
        " AND o.SalesforceOpportunityId IN (SELECT r.SalesforceOpportunityId FROM etl.RecomputeOpportunity AS r) ORDER BY o.SalesforceOpportunityId";

    private const string CustomerSinceSql =
        "SELECT AccountKey, MIN(ClosedAtUtc) FROM dw.FactOpportunity WHERE IsWon = 1 AND IsDeleted = 0 AND AccountKey <> 0 GROUP BY AccountKey";

    /// <inheritdoc />
    public string Table => "dw.FactAttribution";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var attribution = context.Configuration.Attribution;
        var modelKeys = KeyMap.AttributionModels(context.Loader);
        var models = attribution.Models.Select(m => (Model: AttributionModel.From(m), Key: modelKeys[m.Name])).ToList();
        // An incremental batch rebuilds only the opportunities whose path may have changed (etl.RecomputeOpportunity).
        var (listCount, scope) = OpportunityScope.Decide(context);
        context.Opportunities = scope;
        var scoped = !scope.IsAll;
        // A full rebuild reads every person's touches once: the data-driven models need them all, and the paths are among them.
        var touches = scoped ? TouchCatalog.Load(context.Loader, TouchScope.RecomputedOpportunityPaths)
            : context.EveryonesTouches = TouchCatalog.Load(context.Loader, TouchScope.Everyone);
        var roles = AttributionContactMode.UsesContactRoles(attribution.ContactMode)
            ? ContactRoleCatalog.Load(context.Loader) : ContactRoleCatalog.Empty;
        var customerSince = new Dictionary<int, DateTime>();
        using (var r = context.Loader.Read(CustomerSinceSql))
        {
            while (r.Read())
            {
                if (r.Instant(1) is { } since)
                {
                    customerSince[r.Int(0)!.Value] = since;
                }
            }
        }

        var replace = scoped ? UpsertOptions.ReplaceWithin("etl.RecomputeOpportunity", "SalesforceOpportunityId") : UpsertOptions.Replace;
        var paths = new PathSource(attribution.ContactMode, roles, touches);
        var rows = Rows(context, models, paths, customerSince, attribution.LookbackDays, scoped);
        return [listCount, context.Loader.Upsert(rows, replace)];
    }

    private static IEnumerable<FactAttributionRow> Rows(TransformContext context, List<(AttributionModel Model, int Key)> models,
        PathSource paths,
        Dictionary<int, DateTime> customerSince, int lookbackDays, bool scoped)
    {
        using var r = scoped ? context.Loader.Read(ScopedOpportunitySql) : context.Loader.Read(OpportunitySql);
        while (r.Read())
        {
            var created = r.Instant(3)!.Value;
            var isWon = r.Bool(5) ?? false;
            var wonAt = isWon ? r.Instant(4) ?? created : (DateTime?)null;
            var leadKey = r.Int(2)!.Value;
            var accountKey = r.Int(1)!.Value;
            var from = created.AddDays(-lookbackDays);
            if (r.Str(11) is "Renewal" or "Upgrade" && customerSince.TryGetValue(accountKey, out var since) && since > from)
            {
                from = since;
            }

            var to = wonAt is { } w && w > created ? w : created;
            var path = new TouchPath(paths.Touches(r.Str(0)!, leadKey, accountKey, from, to), created, wonAt);
            var amount = r.Dec(6) ?? 0m;
            var won = r.Dec(7) ?? 0m;
            // The opportunity's columns, shared by every row of its path; each touch (or the Unattributed row) fills in the rest.
            var opportunity = new FactAttributionRow(
                SalesforceOpportunityId: r.Str(0)!, TouchId: "", AttributionModelKey: 0, TouchSourceSystem: "", LeadKey: leadKey,
                AccountKey: accountKey, CampaignKey: 0, ActivityTypeKey: 0, TouchDateKey: DateKey.From(created), TouchAtUtc: created,
                TouchSequenceNumber: 0, TouchCount: 0, TouchPosition: "", OpportunityCreatedDateKey: r.Int(9)!.Value, WonDateKey: r.Int(10),
                IsNewCustomer: r.Bool(8) ?? false, Weight: 0m, AttributedPipeline: 0m, AttributedRevenue: 0m, BatchId: context.BatchId);
            foreach (var (model, key) in models)
            {
                var weighted = model.Weigh(path);
                if (weighted.Count == 0)
                {
                    yield return opportunity with
                    {
                        TouchId = "Unattributed", AttributionModelKey = key, TouchSourceSystem = "None", TouchPosition = "Unattributed",
                        Weight = 1m, AttributedPipeline = amount, AttributedRevenue = won,
                    };
                    continue;
                }

                var pipeline = Shares(amount, weighted);
                var revenue = Shares(won, weighted);
                for (var i = 0; i < weighted.Count; i++)
                {
                    var touch = path.Touches[weighted[i].Index];
                    yield return opportunity with
                    {
                        TouchId = touch.TouchId,
                        AttributionModelKey = key,
                        TouchSourceSystem = touch.SourceSystem,
                        LeadKey = touch.LeadKey,
                        CampaignKey = touch.CampaignKey,
                        ActivityTypeKey = touch.ActivityTypeKey,
                        TouchDateKey = DateKey.From(touch.AtUtc),
                        TouchAtUtc = touch.AtUtc,
                        TouchSequenceNumber = weighted[i].Index + 1,
                        TouchCount = model.UsesClosedWon && path.ClosedWon is { } cw ? cw + 1 : path.BeforeCreation,
                        TouchPosition = weighted[i].Position,
                        Weight = weighted[i].Weight,
                        AttributedPipeline = pipeline[i],
                        AttributedRevenue = revenue[i],
                    };
                }
            }
        }
    }

    /// <summary>The touches on an opportunity's path under the configured contact mode.</summary>
    private sealed class PathSource(string mode, ContactRoleCatalog roles, TouchCatalog catalog)
    {
        /// <summary>The people's touches from <paramref name="from"/> to <paramref name="to"/>, each touch once, in time
        /// order.</summary>
        public List<Touch> Touches(string opportunityId, int leadKey, int accountKey, DateTime from, DateTime to) =>
            PathPeople.Of(mode, opportunityId, leadKey, accountKey, roles, catalog.PeopleOf)
                .SelectMany(catalog.Of).Where(t => t.AtUtc >= from && t.AtUtc <= to).DistinctBy(t => t.Id)
                .OrderBy(t => t.AtUtc).ThenBy(t => t.Id).ToList();
    }

    /// <summary>Amount × weight to 4 places; the rounding remainder goes to the largest weight so the shares add up to the amount.</summary>
    internal static decimal[] Shares(decimal amount, IReadOnlyList<WeightedTouch> weighted)
    {
        var shares = weighted.Select(w => decimal.Round(amount * w.Weight, 4)).ToArray();
        var largest = 0;
        for (var i = 1; i < weighted.Count; i++)
        {
            if (weighted[i].Weight > weighted[largest].Weight)
            {
                largest = i;
            }
        }

        shares[largest] += amount - shares.Sum();
        return shares;
    }
}
