using System.Data.Common;
using System.Globalization;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>Decides which opportunities an incremental batch rebuilds the attribution of, and lists them in etl.RecomputeOpportunity:
/// an opportunity whose fact row changed (incl. deletion); a renewal or upgrade of an account with a changed opportunity (its path
/// starts at the account's first win); an opportunity of a lead whose facts the batch rebuilt (etl.RecomputeLead: its touches may
/// have changed); an account-level opportunity (no lead) of an account whose people or their touches changed; with a contact mode
/// that follows the buying group (attribution.contactMode), an opportunity whose contact roles or role holders changed, or any
/// opportunity of an account whose people changed. Every opportunity is
/// rebuilt when every lead is, when a campaign arrived that no fact references yet (touches that were dropped as Unknown now count),
/// or when more than half of the opportunities are touched.</summary>
public static class OpportunityScope
{
    private const string Opportunity = "SELECT o.SalesforceOpportunityId FROM dw.FactOpportunity AS o ";

    internal const string OpportunityCountSql = "SELECT COUNT(*) FROM dw.FactOpportunity AS o";

    internal const string NewCampaignSql =
        "SELECT COUNT(*) FROM dw.DimCampaign AS c WHERE c.CampaignKey <> 0 AND c.BatchId = " + CurrentBatch.Id + " " +
        "AND NOT EXISTS (SELECT 1 FROM dw.FactAttribution AS f WHERE f.CampaignKey = c.CampaignKey) " +
        "AND NOT EXISTS (SELECT 1 FROM dw.FactStageHistory AS h WHERE h.CampaignKey = c.CampaignKey) " +
        "AND NOT EXISTS (SELECT 1 FROM dw.FactMarketingActivity AS m WHERE m.CampaignKey = c.CampaignKey)";

    internal const string ChangedSql = Opportunity + "WHERE o.BatchId = " + CurrentBatch.Id;

    internal const string AccountChangedSql = Opportunity + "WHERE o.TypeCategory IN ('Renewal', 'Upgrade') AND o.AccountKey <> 0 " +
        "AND o.AccountKey IN (SELECT x.AccountKey FROM dw.FactOpportunity AS x WHERE x.BatchId = " + CurrentBatch.Id + ")";

    internal const string LeadSql = Opportunity + "INNER JOIN etl.RecomputeLead AS r ON r.LeadKey = o.LeadKey";

    internal const string AccountPeopleSql = Opportunity +
        "INNER JOIN dw.DimAccount AS pa ON pa.AccountKey = o.AccountKey INNER JOIN dw.DimLead AS d ON d.SalesforceAccountId = pa.SalesforceAccountId " +
        "WHERE o.LeadKey = 0 AND o.AccountKey <> 0 AND (d.BatchId = " + CurrentBatch.Id + " " +
        "OR d.LeadKey IN (SELECT r.LeadKey FROM etl.RecomputeLead AS r) " +
        "OR d.SalesforceContactId IN (SELECT cm.ContactId FROM stg.SalesforceCampaignMember AS cm WHERE cm.BatchId = " + CurrentBatch.Id + ") " +
        "OR d.MarketoLeadId IN (SELECT a.survivingLeadId FROM " + MarketoLeadMerges.Activities + " AS a WHERE a.BatchId = " + CurrentBatch.Id + "))";

    /// <summary>A person of the account changed, was rebuilt, or got a new touch (the conditions of
    /// <see cref="AccountPeopleSql"/>).</summary>
    private const string PersonChanged =
        "(d.BatchId = " + CurrentBatch.Id + " OR d.LeadKey IN (SELECT r.LeadKey FROM etl.RecomputeLead AS r) " +
        "OR d.SalesforceContactId IN " +
        "(SELECT cm.ContactId FROM stg.SalesforceCampaignMember AS cm WHERE cm.BatchId = " + CurrentBatch.Id + ") " +
        "OR d.MarketoLeadId IN " +
        "(SELECT a.survivingLeadId FROM " + MarketoLeadMerges.Activities + " AS a WHERE a.BatchId = " + CurrentBatch.Id + "))";

    /// <summary>Contact modes primaryContactRole and allContactRoles: an opportunity whose roles changed (staged in this batch,
    /// deletions included, or re-keyed) or whose role holders changed or got a new touch.</summary>
    internal const string ContactRolesSql =
        "SELECT s.OpportunityId FROM stg.SalesforceOpportunityContactRole AS s " +
        "WHERE s.OpportunityId IS NOT NULL AND s.BatchId = " + CurrentBatch.Id +
        " UNION SELECT cr.SalesforceOpportunityId FROM dw.FactOpportunityContactRole AS cr " +
        "INNER JOIN dw.DimLead AS d ON d.LeadKey = cr.LeadKey WHERE cr.BatchId = " + CurrentBatch.Id + " OR " + PersonChanged;

    /// <summary>Contact mode accountContacts: any opportunity (not only those without a lead) of an account whose people
    /// changed.</summary>
    internal const string EveryAccountPeopleSql = Opportunity +
        "INNER JOIN dw.DimAccount AS pa ON pa.AccountKey = o.AccountKey " +
        "INNER JOIN dw.DimLead AS d ON d.SalesforceAccountId = pa.SalesforceAccountId " +
        "WHERE o.AccountKey <> 0 AND " + PersonChanged;

    internal const string ClearSql = "DELETE FROM etl.RecomputeOpportunity";

    /// <summary>Lists the opportunities to rebuild in etl.RecomputeOpportunity (left empty when all are rebuilt); returns the list's
    /// count and the scope.</summary>
    public static (EntityCount Count, RebuildScope Scope) Decide(TransformContext context)
    {
        var loader = context.Loader;
        var cleared = loader.Execute(ClearSql);
        string? all = context.Leads.IsAll ? "every lead is rebuilt" : Count(loader.Read(NewCampaignSql)) > 0 ? "a campaign arrived" : null;
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        if (all is null)
        {
            Collect(listed, "Opportunity changed", loader.Read(ChangedSql));
            Collect(listed, "Account's opportunities changed", loader.Read(AccountChangedSql));
            Collect(listed, "Lead touches changed", loader.Read(LeadSql));
            Collect(listed, "Account people changed", loader.Read(AccountPeopleSql));
            var mode = context.Configuration.Attribution.ContactMode;
            if (AttributionContactMode.UsesContactRoles(mode))
            {
                Collect(listed, "Contact roles changed", loader.Read(ContactRolesSql));
            }
            else if (mode == AttributionContactMode.AccountContacts)
            {
                Collect(listed, "Account people changed", loader.Read(EveryAccountPeopleSql));
            }

            var total = Count(loader.Read(OpportunityCountSql));
            if (listed.Count > 0.5 * total)
            {
                all = string.Create(CultureInfo.InvariantCulture, $"the delta touches {listed.Count:N0} of {total:N0} opportunities");
            }
        }

        if (all is not null)
        {
            return (ScopeQueries.Relist<RecomputeOpportunityRow>(loader, [], cleared), new RebuildScope(true, 0, all));
        }

        var rows = listed.OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => new RecomputeOpportunityRow(SalesforceOpportunityId: l.Key, Reason: l.Value, BatchId: context.BatchId));
        return (ScopeQueries.Relist(loader, rows, cleared), new RebuildScope(false, listed.Count, ScopeQueries.Summary(listed.Values)));
    }

    private static long Count(DbDataReader reader) => ScopeQueries.Count(reader);

    private static void Collect(Dictionary<string, string> listed, string reason, DbDataReader reader) =>
        ScopeQueries.Collect(listed, reader, r => r.Str(0)!, _ => reason);
}
