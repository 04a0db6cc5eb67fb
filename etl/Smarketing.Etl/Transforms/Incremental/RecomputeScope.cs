using System.Data.Common;
using System.Globalization;
using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>Decides which leads the batch rebuilds its lead facts for and lists them in etl.RecomputeLead. A lead is recomputed
/// (all of its history) when any of its staged rows changed in this batch (a staged row keeps the batch id of its last change),
/// when its dimension row changed (incl. deletion and CRM merges), when a Marketo merge moved activities to it, when an SLA clock
/// of it is open or on the exception list (those depend on the as-of instant), or when a dimension member its facts lacked
/// (Unknown) has arrived. A contact created directly in the CRM is listed when it or its touches changed (its channel journey and
/// the attribution paths it is on are rebuilt; it has no lead facts). Every lead is recomputed on the first load, when the configuration or the program's build differs from
/// the last successful batch's, on request, or when more than half of the leads are touched anyway.</summary>
public sealed class RecomputeScope : ITransform
{
    private const string Lead = "SELECT d.LeadKey, d.SalesforceLeadId FROM dw.DimLead AS d ";

    private const string LiveLead = "d.RecordType = 'Lead' AND d.LeadKey <> 0";

    internal const string SameConfigurationSql =
        "SELECT COUNT(*) FROM etl.ConfigSnapshot AS p INNER JOIN etl.ConfigSnapshot AS c ON c.ContentSha256 = p.ContentSha256 " +
        "WHERE p.BatchId = " + CurrentBatch.PreviousId + " AND c.BatchId = " + CurrentBatch.Id;

    internal const string SameBuildSql =
        "SELECT COUNT(*) FROM etl.ConfigSnapshot AS p INNER JOIN etl.ConfigSnapshot AS c ON c.TransformBuild = p.TransformBuild " +
        "WHERE p.BatchId = " + CurrentBatch.PreviousId + " AND c.BatchId = " + CurrentBatch.Id;

    internal const string PreviousSuccessSql = "SELECT COUNT(*) FROM etl.BatchRun AS b WHERE b.Status = 'Succeeded'";

    internal const string LiveLeadCountSql = "SELECT COUNT(*) FROM dw.DimLead AS d WHERE " + LiveLead + " AND d.IsDeleted = 0";

    internal const string LeadChangedSql = Lead + "WHERE " + LiveLead + " AND d.BatchId = " + CurrentBatch.Id;

    internal const string LeadHistorySql = Lead + "INNER JOIN stg.SalesforceLeadHistory AS h ON h.LeadId = d.SalesforceLeadId " +
        "WHERE " + LiveLead + " AND h.BatchId = " + CurrentBatch.Id;

    internal const string OpportunitySql = Lead + "INNER JOIN stg.SalesforceOpportunity AS o ON o.Id = d.SalesforceOpportunityId " +
        "WHERE " + LiveLead + " AND o.BatchId = " + CurrentBatch.Id + " UNION " +
        Lead + "INNER JOIN stg.SalesforceOpportunityHistory AS oh ON oh.OpportunityId = d.SalesforceOpportunityId " +
        "WHERE " + LiveLead + " AND oh.BatchId = " + CurrentBatch.Id;

    internal const string CampaignMemberSql = Lead + "INNER JOIN stg.SalesforceCampaignMember AS cm ON cm.LeadId = d.SalesforceLeadId " +
        "WHERE " + LiveLead + " AND cm.BatchId = " + CurrentBatch.Id;

    internal const string TaskSql = Lead + "INNER JOIN stg.SalesforceTask AS t ON t.WhoId = d.SalesforceLeadId " +
        "WHERE " + LiveLead + " AND t.BatchId = " + CurrentBatch.Id + " UNION " +
        Lead + "INNER JOIN stg.SalesforceTask AS t ON t.WhoId = d.SalesforceContactId " +
        "WHERE " + LiveLead + " AND t.BatchId = " + CurrentBatch.Id;

    internal const string MarketoActivitySql = Lead +
        "INNER JOIN " + MarketoLeadMerges.Activities + " AS a ON a.survivingLeadId = d.MarketoLeadId " +
        "WHERE " + LiveLead + " AND a.BatchId = " + CurrentBatch.Id + " UNION " +
        Lead + "INNER JOIN etl.MarketoLeadMerge AS m ON m.WinningMarketoLeadId = d.MarketoLeadId " +
        "WHERE " + LiveLead + " AND m.BatchId = " + CurrentBatch.Id;

    internal const string SlaClockSql = Lead + "INNER JOIN dw.FactSlaClock AS c ON c.LeadKey = d.LeadKey " +
        "WHERE " + LiveLead + " AND (c.IsOpen = 1 OR c.IsOnExceptionList = 1)";

    internal const string RepSql = Lead + "WHERE " + LiveLead + " AND d.OwnerSalesforceUserId IN " +
        "(SELECT r.SalesforceUserId FROM dw.DimRep AS r WHERE r.BatchId = " + CurrentBatch.Id + ") UNION " +
        Lead + "INNER JOIN dw.FactStageHistory AS h ON h.LeadKey = d.LeadKey " +
        "WHERE " + LiveLead + " AND h.OwnerRepKey = 0 AND EXISTS (SELECT 1 FROM dw.DimRep AS r WHERE r.BatchId = " + CurrentBatch.Id + ")";

    internal const string CampaignSql = Lead + "INNER JOIN stg.SalesforceCampaignMember AS cm ON cm.LeadId = d.SalesforceLeadId " +
        "INNER JOIN dw.DimCampaign AS c ON c.SalesforceCampaignId = cm.CampaignId " +
        "WHERE " + LiveLead + " AND c.BatchId = " + CurrentBatch.Id + " " +
        "AND NOT EXISTS (SELECT 1 FROM dw.FactLeadFunnel AS f WHERE f.FirstTouchCampaignKey = c.CampaignKey) " +
        "AND NOT EXISTS (SELECT 1 FROM dw.FactStageHistory AS h WHERE h.CampaignKey = c.CampaignKey) UNION " +
        Lead + "INNER JOIN dw.FactLeadFunnel AS f ON f.LeadKey = d.LeadKey " +
        "INNER JOIN dw.DimCampaign AS c ON c.CampaignKey = f.LeadCreationCampaignKey " +
        "WHERE " + LiveLead + " AND c.BatchId = " + CurrentBatch.Id + " AND f.LeadCreationCampaignKey <> 0 AND c.Channel <> f.Channel";

    /// <summary>Contacts created directly in the CRM have no lead facts, but their touches make channel journeys and attribution
    /// paths: a contact is listed when its row changed or it got a campaign response, a Marketo activity or a Marketo merge.</summary>
    internal const string ContactSql = Lead +
        "WHERE d.RecordType = 'Contact' AND d.LeadKey <> 0 AND (d.BatchId = " + CurrentBatch.Id + " OR d.SalesforceLeadId IN " +
        "(SELECT cm.ContactId FROM stg.SalesforceCampaignMember AS cm WHERE cm.BatchId = " + CurrentBatch.Id + ")" +
        " OR d.MarketoLeadId IN " +
        "(SELECT a.survivingLeadId FROM " + MarketoLeadMerges.Activities + " AS a WHERE a.BatchId = " + CurrentBatch.Id + ")" +
        " OR d.MarketoLeadId IN (SELECT m.WinningMarketoLeadId FROM etl.MarketoLeadMerge AS m WHERE m.BatchId = " + CurrentBatch.Id + "))";

    internal const string ClearSql = "DELETE FROM etl.RecomputeLead";

    /// <summary>The reason of a lead rebuilt only because its SLA clocks depend on the as-of instant (nothing of it changed).</summary>
    internal const string OpenClockReason = "Open or listed SLA clock";

    internal const string MarkIncrementalSql = "UPDATE etl.BatchRun SET Mode = 'Incremental' WHERE Status = 'Running'";


    /// <summary>Above this share of the live leads, recomputing all of them is as cheap and simpler.</summary>
    public const double AllLeadsThreshold = 0.5;

    /// <inheritdoc />
    public string Table => "etl.RecomputeLead";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var loader = context.Loader;
        var live = Count(loader.Read(LiveLeadCountSql));
        var leads = new Dictionary<int, (string Id, string Reason)>();
        var all = context.RecomputeAllReason;
        if (all is null)
        {
            // One query per reason, in this order; a lead keeps the first reason found.
            Collect(leads, "Lead changed", loader.Read(LeadChangedSql));
            Collect(leads, "Lead history changed", loader.Read(LeadHistorySql));
            Collect(leads, "Opportunity changed", loader.Read(OpportunitySql));
            Collect(leads, "Campaign response changed", loader.Read(CampaignMemberSql));
            Collect(leads, "Task changed", loader.Read(TaskSql));
            Collect(leads, "Marketo activity or merge", loader.Read(MarketoActivitySql));
            Collect(leads, "Contact or its touches changed", loader.Read(ContactSql));
            Collect(leads, OpenClockReason, loader.Read(SlaClockSql));
            Collect(leads, "Owner's rep record changed", loader.Read(RepSql));
            Collect(leads, "Campaign arrived or channel changed", loader.Read(CampaignSql));

            if (leads.Count > AllLeadsThreshold * live)
            {
                all = string.Create(CultureInfo.InvariantCulture, $"the delta touches {leads.Count:N0} of {live:N0} leads");
            }
        }

        if (all is not null)
        {
            context.Leads = new RebuildScope(true, live, all);
            return [ScopeQueries.Relist<RecomputeLeadRow>(loader, [], loader.Execute(ClearSql))];
        }

        context.Leads = new RebuildScope(false, leads.Count, ScopeQueries.Summary(leads.Values.Select(v => v.Reason)));
        loader.Execute(MarkIncrementalSql);
        var rows = leads.OrderBy(l => l.Key).Select(l => new RecomputeLeadRow(
            LeadKey: l.Key, SalesforceLeadId: l.Value.Id, Reason: l.Value.Reason, BatchId: context.BatchId));
        return [ScopeQueries.Relist(loader, rows, loader.Execute(ClearSql))];
    }

    private static void Collect(Dictionary<int, (string Id, string Reason)> leads, string reason, DbDataReader reader) =>
        ScopeQueries.Collect(leads, reader, r => r.Int(0)!.Value, r => (r.Str(1)!, reason));

    private static long Count(DbDataReader reader) => ScopeQueries.Count(reader);

    /// <summary>Why every lead must be recomputed whatever the delta touched, or null when the delta decides. Call after the batch's
    /// configuration snapshot is written.</summary>
    public static string? AllLeadsReason(IWarehouseLoader loader, bool requested)
    {
        if (requested)
        {
            return "requested (--recompute-all)";
        }

        if (Count(loader.Read(PreviousSuccessSql)) == 0)
        {
            return "first load";
        }

        if (Count(loader.Read(SameConfigurationSql)) == 0)
        {
            return "the configuration differs from the last successful batch's";
        }

        return Count(loader.Read(SameBuildSql)) == 0 ? "the program differs from the one that ran the last successful batch" : null;
    }
}
