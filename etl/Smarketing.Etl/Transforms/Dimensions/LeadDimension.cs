using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimLead: one row per CRM lead, plus contacts that did not come from a converted lead. Linked to the Marketo lead
/// by sfdcLeadId (or, after conversion, sfdcContactId). No names and no clear e-mail: only its hash and domain, typed at staging
/// (<see cref="Staging.StagedAttributes"/>). Set-based: the rows come from the view prep.Lead (size band and region through the
/// etl tables <see cref="ConfiguredLookups"/> writes first) and are written into the work table inside the engine.</summary>
public sealed class LeadDimension : ITransform
{
    private const string Select =
        "SELECT p.SalesforceLeadId, p.MarketoLeadId, p.RecordType, p.EmailHash, p.EmailDomain, p.Title, p.Company, p.Industry, " +
        "p.NumberOfEmployees, p.CompanySizeBand, p.Country, p.Region, p.LeadSource, p.Rating, p.CurrentStatus, p.LastRejectionReason, " +
        "p.LeadScore, p.OwnerSalesforceUserId, p.IsConverted, p.ConvertedDateKey, p.SalesforceAccountId, p.SalesforceContactId, " +
        "p.SalesforceOpportunityId, p.CreatedAtUtc, p.LastModifiedAtUtc, p.IsDeleted, p.MergedIntoSalesforceLeadId, " +
        CurrentBatch.Id + " FROM prep.Lead AS p";

    /// <summary>In id order, so new surrogate keys follow it.</summary>
    private const string Order = " ORDER BY p.SalesforceLeadId";

    /// <summary>Every lead and unconverted contact.</summary>
    internal const string Sql = Select + Order;

    /// <summary>Only the rows whose sources changed in this batch: the lead, its Marketo lead(s), or the contact, its account or its
    /// Marketo lead.</summary>
    internal const string ChangedSql = Select +
        " WHERE p.StagedBatchId = " + CurrentBatch.Id + " OR p.AccountStagedBatchId = " + CurrentBatch.Id +
        " OR (p.RecordType = 'Lead' AND p.SalesforceLeadId IN (SELECT m.sfdcLeadId FROM stg.MarketoLead AS m WHERE m.BatchId = " +
        CurrentBatch.Id + "))" +
        " OR p.SalesforceContactId IN (SELECT m.sfdcContactId FROM stg.MarketoLead AS m WHERE m.BatchId = " + CurrentBatch.Id + ")" +
        Order;

    /// <summary>The columns written, in the order of <see cref="Sql"/>.</summary>
    internal static readonly string[] Columns =
    [
        "SalesforceLeadId", "MarketoLeadId", "RecordType", "EmailHash", "EmailDomain", "Title", "Company", "Industry", "NumberOfEmployees",
        "CompanySizeBand", "Country", "Region", "LeadSource", "Rating", "CurrentStatus", "LastRejectionReason", "LeadScore", "OwnerSalesforceUserId",
        "IsConverted", "ConvertedDateKey", "SalesforceAccountId", "SalesforceContactId", "SalesforceOpportunityId", "CreatedAtUtc", "LastModifiedAtUtc",
        "IsDeleted", "MergedIntoSalesforceLeadId", "BatchId",
    ];

    /// <inheritdoc />
    public string Table => "dw.DimLead";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        StagedEmailBackfill.Run(context.Loader);

        // A delta reads only the changed rows; every row is read when all leads are recomputed (first load, new configuration: size
        // bands and regions come from it, or --recompute-all).
        var table = context.Loader.Catalog.Table(Table);
        var read = context.Loader.FillWorkTable(table, Columns, context.RecomputeAllReason is null ? ChangedSql : Sql);
        var counts = context.Loader.Upsert(table, UpsertOptions.Default);
        return [new EntityCount(Table, read, counts.Inserted, counts.Updated, counts.Deleted, 0)];
    }
}
