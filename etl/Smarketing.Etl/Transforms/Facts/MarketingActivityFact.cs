using System.Globalization;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms.Facts;

/// <summary>dw.FactMarketingActivity: one row per Marketo activity, keyed to lead, campaign (Marketo program → Salesforce campaign)
/// and activity type; Change Score activities carry their score delta. Activities of leads not (yet) in DimLead get the Unknown lead
/// and are re-keyed by the batch that brings the lead. An incremental batch reads only the activities it may change.</summary>
public sealed class MarketingActivityFact : ITransform
{
    /// <summary>Every staged activity with its keys; an activity logged under a Marketo id merged away since (etl.MarketoLeadMerge)
    /// belongs to the surviving lead.</summary>
    internal const string Sql =
        "SELECT a.marketoGUID, COALESCE(l.LeadKey, 0), COALESCE(c.CampaignKey, 0), COALESCE(t.ActivityTypeKey, 0), a.activityDate, a.leadId, " +
        "a.primaryAttributeValue, a.activityTypeId, CASE WHEN a.activityTypeId = 22 THEN a.attributes END " +
        "FROM " + MarketoLeadMerges.Activities + " AS a " +
        "LEFT JOIN (SELECT MarketoLeadId, MIN(LeadKey) AS LeadKey FROM dw.DimLead WHERE MarketoLeadId IS NOT NULL GROUP BY MarketoLeadId) AS l " +
        "ON l.MarketoLeadId = a.survivingLeadId " +
        "LEFT JOIN (SELECT MarketoProgramId, MIN(CampaignKey) AS CampaignKey FROM dw.DimCampaign WHERE MarketoProgramId IS NOT NULL GROUP BY MarketoProgramId) AS c ON c.MarketoProgramId = a.campaignId " +
        "LEFT JOIN dw.DimActivityType AS t ON t.MarketoActivityTypeId = a.activityTypeId";

    /// <summary>The activities whose fact row an incremental batch may change: staged or changed in this batch; of a Marketo id whose
    /// lead row changed (its Marketo link may have), that is keyed to such a lead or to the Unknown lead, or that was merged away (in
    /// this batch, or into a lead whose row changed); of an activity type or a campaign that arrived in this batch (no activity points
    /// at it yet). Every condition is a set of integer ids, so the 3.5 million-row activity table is scanned once.</summary>
    internal const string ScopedSql = Sql +
        " WHERE a.BatchId = " + CurrentBatch.Id +
        " OR a.leadId IN (SELECT d.MarketoLeadId FROM dw.DimLead AS d WHERE d.MarketoLeadId IS NOT NULL AND d.BatchId = " + CurrentBatch.Id + ")" +
        " OR a.leadId IN (SELECT f.MarketoLeadId FROM dw.FactMarketingActivity AS f WHERE f.LeadKey = 0 " +
        "OR f.LeadKey IN (SELECT d.LeadKey FROM dw.DimLead AS d WHERE d.BatchId = " + CurrentBatch.Id + "))" +
        " OR a.leadId IN (SELECT mm.LosingMarketoLeadId FROM etl.MarketoLeadMerge AS mm LEFT JOIN dw.DimLead AS d ON d.MarketoLeadId = mm.WinningMarketoLeadId " +
        "WHERE mm.BatchId = " + CurrentBatch.Id + " OR d.BatchId = " + CurrentBatch.Id + ")" +
        " OR a.activityTypeId IN (SELECT ty.MarketoActivityTypeId FROM dw.DimActivityType AS ty WHERE ty.BatchId = " + CurrentBatch.Id + ")" +
        " OR a.campaignId IN (SELECT cp.MarketoProgramId FROM dw.DimCampaign AS cp WHERE cp.BatchId = " + CurrentBatch.Id + " " +
        "AND NOT EXISTS (SELECT 1 FROM dw.FactMarketingActivity AS f WHERE f.CampaignKey = cp.CampaignKey))";

    /// <inheritdoc />
    public string Table => "dw.FactMarketingActivity";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        string[] columns =
        [
            "MarketoGuid", "LeadKey", "CampaignKey", "ActivityTypeKey", "ActivityDateKey", "ActivityAtUtc", "MarketoLeadId", "PrimaryAttributeValue",
            "ScoreDelta", "BatchId",
        ];
        return [TableLoad.Upsert(context.Loader, Table, columns, Rows(context, columns.Length))];
    }

    private static IEnumerable<object?[]> Rows(TransformContext context, int width)
    {
        using var r = context.Leads.IsAll ? context.Loader.Read(Sql) : context.Loader.Read(ScopedSql);
        var row = new object?[width];
        while (r.Read())
        {
            var at = r.Instant(4);
            row[0] = r.Str(0);
            row[1] = r.Int(1);
            row[2] = r.Int(2);
            row[3] = r.Int(3);
            row[4] = DateKey.From(at);
            row[5] = at;
            row[6] = r.Int(5);
            var value = r.Str(6);
            row[7] = value is { Length: > 255 } ? value[..255] : value;
            row[8] = r.Int(7) == MarketoActivityTypes.ChangeScore ? ScoreDelta(r.Str(8)) : null;
            row[9] = context.BatchId;
            yield return row;
        }
    }

    /// <summary>The "Change Value" of a Change Score activity's attributes (e.g. "+10" or -5); null when absent or unreadable.</summary>
    public static int? ScoreDelta(string? attributesJson) =>
        int.TryParse(ActivityAttributes.Text(attributesJson, "Change Value"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var delta)
            ? delta
            : null;
}
