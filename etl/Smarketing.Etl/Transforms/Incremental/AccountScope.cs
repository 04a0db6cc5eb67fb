using System.Data.Common;
using System.Globalization;
using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>Decides which accounts an incremental batch rebuilds the account facts of (dw.FactAccountStageHistory,
/// dw.FactBuyingGroupCoverage) and lists them in etl.RecomputeAccount. An account's stages depend on its own row (segment,
/// creation, first win), its people (creation, deletion, who belongs to it), their touches and score changes, the first engaged
/// person's persona and campaign channel, and its opportunities; a deal's buying-group coverage depends on the deal, its
/// contact roles and the role holders' touches. So an account is listed when its row changed; when a person of it changed, was
/// rebuilt (etl.RecomputeLead), got a campaign response or Marketo activity or a Marketo merge; when an opportunity of it
/// changed; when a deal of it changed contact roles or a role holder changed; when the campaign of its first touch changed
/// channel; and, listed before the updates by <see cref="PriorAccounts"/>, when a person or opportunity left it or a campaign
/// its people responded to arrived. Every account is rebuilt when every lead is, or when more than half of the accounts are
/// listed.</summary>
public static class AccountScope
{
    private const string Batch = CurrentBatch.Id;

    private const string PersonAccount =
        "SELECT a.AccountKey FROM dw.DimLead AS d " +
        "INNER JOIN dw.DimAccount AS a ON a.SalesforceAccountId = d.SalesforceAccountId ";

    /// <summary>Campaign responses staged in this batch, by the person's id (a lead's or a contact's, as prep.AccountTouch keys
    /// them).</summary>
    private const string ChangedResponders =
        "(SELECT COALESCE(cm.LeadId, cm.ContactId) FROM stg.SalesforceCampaignMember AS cm WHERE cm.BatchId = " + Batch + ")";

    /// <summary>A person whose row, facts or touches this batch changed (d is dw.DimLead). A lead rebuilt only for its SLA
    /// clocks (they follow the as-of instant) changed nothing an account fact reads.</summary>
    internal const string PersonChanged =
        "(d.BatchId = " + Batch + " OR d.LeadKey IN (SELECT r.LeadKey FROM etl.RecomputeLead AS r " +
        "WHERE r.Reason <> '" + RecomputeScope.OpenClockReason + "') " +
        "OR d.SalesforceLeadId IN " + ChangedResponders + " OR d.SalesforceContactId IN " + ChangedResponders + " " +
        "OR d.LeadKey IN (SELECT f.LeadKey FROM dw.FactMarketingActivity AS f WHERE f.BatchId = " + Batch + ") " +
        "OR d.MarketoLeadId IN (SELECT m.LosingMarketoLeadId FROM etl.MarketoLeadMerge AS m WHERE m.BatchId = " + Batch + ") " +
        "OR d.MarketoLeadId IN (SELECT m.WinningMarketoLeadId FROM etl.MarketoLeadMerge AS m WHERE m.BatchId = " + Batch + "))";

    /// <summary>The listed accounts' keys, as a subquery for the account facts' reads.</summary>
    internal const string ListedAccounts = "(SELECT s.AccountKey FROM etl.RecomputeAccount AS s)";

    internal const string ClearSql = "DELETE FROM etl.RecomputeAccount";

    internal const string ListedSql = "SELECT s.AccountKey, s.Reason FROM etl.RecomputeAccount AS s";

    internal const string AccountCountSql =
        "SELECT COUNT(*) FROM dw.DimAccount AS a WHERE a.AccountKey <> 0";

    /// <summary>Before dw.DimLead is updated: the accounts of the people whose staged lead or contact changed (its account may
    /// change with it).</summary>
    internal const string PriorPeopleSql = PersonAccount + "WHERE a.AccountKey <> 0 AND (d.SalesforceLeadId IN " +
        "(SELECT l.Id FROM stg.SalesforceLead AS l WHERE l.BatchId = " + Batch + ") OR d.SalesforceLeadId IN " +
        "(SELECT c.Id FROM stg.SalesforceContact AS c WHERE c.BatchId = " + Batch + "))";

    /// <summary>Before dw.FactOpportunity is rebuilt: the accounts of the opportunities staged in this batch.</summary>
    internal const string PriorOpportunitySql = "SELECT o.AccountKey FROM dw.FactOpportunity AS o WHERE o.AccountKey <> 0 " +
        "AND o.SalesforceOpportunityId IN (SELECT s.Id FROM stg.SalesforceOpportunity AS s WHERE s.BatchId = " + Batch + ")";

    /// <summary>Before dw.DimCampaign is updated: the accounts of people who responded to a campaign staged in this batch and
    /// not in the dimension yet.</summary>
    internal const string CampaignArrivedSql = PersonAccount + "WHERE a.AccountKey <> 0 AND (d.SalesforceLeadId IN " +
        NewCampaignResponders + " OR d.SalesforceContactId IN " + NewCampaignResponders + ")";

    /// <summary>The people (by a lead's or a contact's id) with a response to a campaign staged in this batch and not in
    /// dw.DimCampaign yet.</summary>
    private const string NewCampaignResponders = "(SELECT COALESCE(cm.LeadId, cm.ContactId) FROM stg.SalesforceCampaignMember AS cm " +
        "WHERE cm.CampaignId IN (SELECT c.Id FROM stg.SalesforceCampaign AS c WHERE c.BatchId = " + Batch +
        " AND NOT EXISTS (SELECT 1 FROM dw.DimCampaign AS k WHERE k.SalesforceCampaignId = c.Id)))";

    internal const string AccountChangedSql =
        "SELECT a.AccountKey FROM dw.DimAccount AS a WHERE a.AccountKey <> 0 AND a.BatchId = " + Batch;

    internal const string PeopleSql = PersonAccount + "WHERE a.AccountKey <> 0 AND " + PersonChanged;

    internal const string OpportunitySql =
        "SELECT o.AccountKey FROM dw.FactOpportunity AS o WHERE o.AccountKey <> 0 AND o.BatchId = " + Batch;

    /// <summary>Deals whose contact roles changed (staged in this batch, deletions included, or re-keyed) or whose role holders
    /// changed.</summary>
    internal const string ContactRolesSql = "SELECT o.AccountKey FROM dw.FactOpportunity AS o WHERE o.AccountKey <> 0 " +
        "AND o.SalesforceOpportunityId IN (SELECT s.OpportunityId FROM stg.SalesforceOpportunityContactRole AS s " +
        "WHERE s.BatchId = " + Batch + " UNION SELECT cr.SalesforceOpportunityId FROM dw.FactOpportunityContactRole AS cr " +
        "INNER JOIN dw.DimLead AS d ON d.LeadKey = cr.LeadKey WHERE cr.BatchId = " + Batch + " OR " + PersonChanged + ")";

    /// <summary>Accounts whose first touch's campaign is now in another channel (the stored rows name both).</summary>
    internal const string FirstTouchChannelSql = "SELECT s.AccountKey FROM dw.FactAccountStageHistory AS s " +
        "INNER JOIN dw.DimCampaign AS c ON c.CampaignKey = s.FirstEngagedCampaignKey " +
        "WHERE s.StageNumber = 1 AND s.FirstEngagedLeadKey <> 0 AND c.BatchId = " + Batch +
        " AND COALESCE(c.Channel, 'Unknown') <> s.FirstEngagedChannel";

    /// <summary>Starts the list before the dimensions are updated (<see cref="PriorAccounts"/>): the accounts people and
    /// opportunities may leave, and those a campaign arriving in this batch makes touches for. Nothing when every lead is
    /// rebuilt. </summary>
    public static void ListPrior(TransformContext context)
    {
        var loader = context.Loader;
        loader.Execute(ClearSql);
        if (context.RecomputeAllReason is not null)
        {
            return;
        }

        var listed = new Dictionary<int, string>();
        Collect(listed, "Person moved away", loader.Read(PriorPeopleSql));
        Collect(listed, "Opportunity moved away", loader.Read(PriorOpportunitySql));
        Collect(listed, "Campaign arrived", loader.Read(CampaignArrivedSql));
        ScopeQueries.Relist(loader, Rows(listed, context.BatchId), 0);
    }

    /// <summary>Completes the list <see cref="PriorAccounts"/> started and returns its count and the scope; the list is left
    /// empty when every account is rebuilt. Call after every fact the account facts read is loaded.</summary>
    public static (EntityCount Count, RebuildScope Scope) Decide(TransformContext context)
    {
        var loader = context.Loader;
        var listed = new Dictionary<int, string>();
        Collect(listed, null, loader.Read(ListedSql));
        var cleared = loader.Execute(ClearSql);
        string? all = context.Leads.IsAll ? "every lead is rebuilt" : null;
        if (all is null)
        {
            Collect(listed, "Account changed", loader.Read(AccountChangedSql));
            Collect(listed, "People or their touches changed", loader.Read(PeopleSql));
            Collect(listed, "Opportunity changed", loader.Read(OpportunitySql));
            Collect(listed, "Contact roles or holders changed", loader.Read(ContactRolesSql));
            Collect(listed, "First touch's channel changed", loader.Read(FirstTouchChannelSql));
            var total = ScopeQueries.Count(loader.Read(AccountCountSql));
            if (listed.Count > 0.5 * total)
            {
                all = string.Create(CultureInfo.InvariantCulture, $"the delta touches {listed.Count:N0} of {total:N0} accounts");
            }
        }

        if (all is not null)
        {
            return (ScopeQueries.Relist<RecomputeAccountRow>(loader, [], cleared), new RebuildScope(true, 0, all));
        }

        var count = ScopeQueries.Relist(loader, Rows(listed, context.BatchId), cleared);
        return (count, new RebuildScope(false, listed.Count, ScopeQueries.Summary(listed.Values)));
    }

    /// <summary>How the account facts are written: replacing the whole fact, or only the listed accounts' rows.</summary>
    public static UpsertOptions Replace(RebuildScope scope) =>
        scope.IsAll ? UpsertOptions.Replace : UpsertOptions.ReplaceWithin("etl.RecomputeAccount", "AccountKey");

    /// <summary>Adds each account the query returns with <paramref name="reason"/> (or the reason in its second column) unless
    /// it is listed already; disposes the reader.</summary>
    internal static void Collect(Dictionary<int, string> listed, string? reason, DbDataReader reader) =>
        ScopeQueries.Collect(listed, reader, r => r.Int(0)!.Value, r => reason ?? r.Str(1)!);

    /// <summary>The list's rows in account order.</summary>
    internal static IEnumerable<RecomputeAccountRow> Rows(Dictionary<int, string> listed, int batchId) =>
        listed.OrderBy(l => l.Key).Select(l => new RecomputeAccountRow(AccountKey: l.Key, Reason: l.Value, BatchId: batchId));
}
