using System.Globalization;
using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Transforms;

namespace Smarketing.Etl.Pipeline;

public sealed partial class EtlRunner
{
    internal const string LatestInstantSql =
        "SELECT MAX(t) FROM (" +
        "SELECT MAX(SystemModstamp) AS t FROM stg.SalesforceLead UNION ALL " +
        "SELECT MAX(CreatedDate) FROM stg.SalesforceLeadHistory UNION ALL " +
        "SELECT MAX(SystemModstamp) FROM stg.SalesforceOpportunity UNION ALL " +
        "SELECT MAX(CreatedDate) FROM stg.SalesforceOpportunityHistory UNION ALL " +
        "SELECT MAX(SystemModstamp) FROM stg.SalesforceTask UNION ALL " +
        "SELECT MAX(activityDate) FROM stg.MarketoActivity) AS Latest";

    internal const string WatermarkSql =
        "SELECT 'User', MAX(SystemModstamp) FROM stg.SalesforceUser UNION ALL " +
        "SELECT 'Campaign', MAX(SystemModstamp) FROM stg.SalesforceCampaign UNION ALL " +
        "SELECT 'Account', MAX(SystemModstamp) FROM stg.SalesforceAccount UNION ALL " +
        "SELECT 'Lead', MAX(SystemModstamp) FROM stg.SalesforceLead UNION ALL " +
        "SELECT 'LeadHistory', MAX(CreatedDate) FROM stg.SalesforceLeadHistory UNION ALL " +
        "SELECT 'Contact', MAX(SystemModstamp) FROM stg.SalesforceContact UNION ALL " +
        "SELECT 'Opportunity', MAX(SystemModstamp) FROM stg.SalesforceOpportunity UNION ALL " +
        "SELECT 'OpportunityHistory', MAX(CreatedDate) FROM stg.SalesforceOpportunityHistory UNION ALL " +
        "SELECT 'CampaignMember', MAX(SystemModstamp) FROM stg.SalesforceCampaignMember UNION ALL " +
        "SELECT 'Task', MAX(SystemModstamp) FROM stg.SalesforceTask UNION ALL " +
        "SELECT 'MarketoLeads', MAX(updatedAt) FROM stg.MarketoLead UNION ALL " +
        "SELECT 'MarketoActivities', MAX(activityDate) FROM stg.MarketoActivity";

    /// <summary>Records, per source entity, the newest SystemModstamp / activityDate staged so far (etl.Watermark): the point the next
    /// incremental extract should start from. Written inside the batch transaction, so it only advances when the batch commits.</summary>
    private void AdvanceWatermarks(int batchId, DateTime asOfUtc)
    {
        var rows = new List<WatermarkRow>();
        using (var reader = loader.Read(WatermarkSql))
        {
            while (reader.Read())
            {
                if (reader.Instant(1) is { } watermark)
                {
                    rows.Add(new WatermarkRow(EntityName: reader.Str(0)!, WatermarkUtc: watermark, BatchId: batchId, UpdatedAtUtc: asOfUtc));
                }
            }
        }

        loader.Upsert(rows);
    }

    /// <summary>The newest event in the staged sources: the default as-of instant, so a batch describes the extract, not the clock.</summary>
    private DateTime? LatestSourceInstant()
    {
        using var reader = loader.Read(LatestInstantSql);
        return reader.Read() ? reader.Instant(0) : null;
    }

    /// <summary>The build of the transforms: the module version id of this assembly, which a deterministic build derives from the
    /// code, so it changes with the code and not with the time of the build.</summary>
    public static string TransformBuild { get; } = typeof(EtlRunner).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private void SnapshotConfiguration(int batchId)
    {
        loader.Upsert([new ConfigSnapshotRow(BatchId: batchId, ConfigName: configuration.Source.ToString(CultureInfo.InvariantCulture),
            ContentSha256: configuration.Sha256, Content: configuration.Text, TransformBuild: TransformBuild,
            AttributionContactMode: configuration.Value.Attribution.ContactMode)]);
    }
}
