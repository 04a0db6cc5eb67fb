using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms.Facts;

/// <summary>dw.FactMarketingActivity: one row per Marketo activity, keyed to lead, campaign (Marketo program → Salesforce campaign)
/// and activity type; Change Score activities carry their score delta (typed at staging). Activities of leads not (yet) in DimLead
/// get the Unknown lead and are re-keyed by the batch that brings the lead. Set-based: the keyed rows come from the view
/// prep.MarketingActivity and are written into the work table inside the engine, so no activity passes through the ETL process
/// (on SQL Server none leaves the server); into an empty fact (a first load) they are inserted straight into it, written once. An
/// incremental batch reads only the activities it may change.</summary>
public sealed class MarketingActivityFact : ITransform
{
    /// <summary>The fact's columns, in the order of the SELECT lists below.</summary>
    internal static readonly string[] Columns =
    [
        "MarketoGuid", "LeadKey", "CampaignKey", "ActivityTypeKey", "ActivityDateKey", "ActivityAtUtc", "MarketoLeadId", "PrimaryAttributeValue",
        "ScoreDelta", "BatchId",
    ];

    /// <summary>Every staged activity with its keys, stamped with the running batch.</summary>
    internal const string Sql =
        "SELECT p.MarketoGuid, p.LeadKey, p.CampaignKey, p.ActivityTypeKey, p.ActivityDateKey, p.ActivityAtUtc, p.MarketoLeadId, " +
        "p.PrimaryAttributeValue, p.ScoreDelta, " + CurrentBatch.Id + " FROM prep.MarketingActivity AS p";

    /// <summary>The activities whose fact row an incremental batch may change: staged or changed in this batch; of a Marketo id whose
    /// lead row changed (its Marketo link may have), that is keyed to such a lead or to the Unknown lead, or that was merged away (in
    /// this batch, or into a lead whose row changed); of an activity type or a campaign that arrived in this batch (no activity points
    /// at it yet). Every condition is a set of integer ids, so the activity table is scanned once. (Wider than a join with
    /// etl.RecomputeLead: activities of Marketo ids no DimLead row names yet, and new types and campaigns, must be re-keyed too.)</summary>
    internal const string ScopedSql = Sql +
        " WHERE p.StagedBatchId = " + CurrentBatch.Id +
        " OR p.MarketoLeadId IN (SELECT d.MarketoLeadId FROM dw.DimLead AS d WHERE d.MarketoLeadId IS NOT NULL AND d.BatchId = " + CurrentBatch.Id + ")" +
        " OR p.MarketoLeadId IN (SELECT f.MarketoLeadId FROM dw.FactMarketingActivity AS f WHERE f.LeadKey = 0 " +
        "OR f.LeadKey IN (SELECT d.LeadKey FROM dw.DimLead AS d WHERE d.BatchId = " + CurrentBatch.Id + "))" +
        " OR p.MarketoLeadId IN (SELECT mm.LosingMarketoLeadId FROM etl.MarketoLeadMerge AS mm " +
        "LEFT JOIN dw.DimLead AS d ON d.MarketoLeadId = mm.WinningMarketoLeadId " +
        "WHERE mm.BatchId = " + CurrentBatch.Id + " OR d.BatchId = " + CurrentBatch.Id + ")" +
        " OR p.MarketoActivityTypeId IN (SELECT ty.MarketoActivityTypeId FROM dw.DimActivityType AS ty WHERE ty.BatchId = " + CurrentBatch.Id + ")" +
        " OR p.MarketoProgramId IN (SELECT cp.MarketoProgramId FROM dw.DimCampaign AS cp WHERE cp.BatchId = " + CurrentBatch.Id + " " +
        "AND NOT EXISTS (SELECT 1 FROM dw.FactMarketingActivity AS f WHERE f.CampaignKey = cp.CampaignKey))";

    /// <inheritdoc />
    public string Table => "dw.FactMarketingActivity";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var table = context.Loader.Catalog.Table(Table);
        if (context.Leads.IsAll && context.Loader.FillFirstLoad(table, Columns, Sql) is { } written)
        {
            // The fact was empty (a first load): INSERT … SELECT straight into it, no work table and no merge.
            var first = context.Loader.CompleteFirstLoad(table, UpsertOptions.Default);
            return [new EntityCount(Table, written, first.Inserted, first.Updated, first.Deleted, 0)];
        }

        var read = context.Loader.FillWorkTable(table, Columns, context.Leads.IsAll ? Sql : ScopedSql);
        var counts = context.Loader.Upsert(table, UpsertOptions.Default);
        return [new EntityCount(Table, read, counts.Inserted, counts.Updated, counts.Deleted, 0)];
    }
}
