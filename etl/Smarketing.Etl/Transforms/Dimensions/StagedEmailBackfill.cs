using System.Data.Common;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Staging;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>Fills stg EmailHash and EmailDomain of leads and contacts staged before the stager computed them (a warehouse
/// upgraded from an earlier build: the deployment adds the columns empty). SHA-256 of UTF-8 text has no portable SQL, so the
/// values are computed here, with the stager's own rule, and merged by id; nothing else of the staged row (not its BatchId)
/// changes. Rows staged by this build already carry them, so after the first batch the queries find nothing to do.</summary>
internal static class StagedEmailBackfill
{
    /// <summary>Staged leads with an e-mail and no hash.</summary>
    internal const string LeadsSql =
        "SELECT l.Id, l.Email FROM stg.SalesforceLead AS l WHERE l.Email IS NOT NULL AND l.EmailHash IS NULL ORDER BY l.Id";

    /// <summary>Staged contacts with an e-mail and no hash.</summary>
    internal const string ContactsSql =
        "SELECT c.Id, c.Email FROM stg.SalesforceContact AS c WHERE c.Email IS NOT NULL AND c.EmailHash IS NULL ORDER BY c.Id";

    private static readonly string[] Columns = ["Id", StagedAttributes.EmailHashColumn, StagedAttributes.EmailDomainColumn];

    /// <summary>Backfills both tables; returns the staged rows given a hash or a domain.</summary>
    public static long Run(IWarehouseLoader loader) =>
        Backfill(loader, "stg.SalesforceLead", Missing(loader.Read(LeadsSql))) +
        Backfill(loader, "stg.SalesforceContact", Missing(loader.Read(ContactsSql)));

    private static List<object?[]> Missing(DbDataReader staged)
    {
        var rows = new List<object?[]>();
        using var reader = staged;
        while (reader.Read())
        {
            var email = reader.Str(1);
            var row = new object?[] { reader.Str(0), EmailIdentity.Hash(email), EmailIdentity.Domain(email) };

            // A blank address has neither; leaving it alone keeps later batches from rewriting it each time.
            if (row[1] is not null || row[2] is not null)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static long Backfill(IWarehouseLoader loader, string table, List<object?[]> rows) =>
        rows.Count == 0 ? 0 : TableLoad.Upsert(loader, table, Columns, rows).RowsUpdated;
}
