using System.Globalization;
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

    /// <summary>The newest event in the staged sources: the default as-of instant, so a batch describes the extract, not the clock.</summary>
    private DateTime? LatestSourceInstant()
    {
        using var reader = loader.Read(LatestInstantSql);
        return reader.Read() ? reader.Instant(0) : null;
    }

    private void SnapshotConfiguration(int batchId)
    {
        string[] columns = ["BatchId", "ConfigName", "ContentSha256", "Content"];
        object?[] row = [batchId, configuration.Source.ToString(CultureInfo.InvariantCulture), configuration.Sha256, configuration.Text];
        TableLoad.Upsert(loader, "etl.ConfigSnapshot", columns, [row]);
    }
}
