using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimLead: one row per CRM lead, plus contacts that did not come from a converted lead. Linked to the Marketo lead
/// by sfdcLeadId (or, after conversion, sfdcContactId). No names and no clear e-mail: only its hash and domain.</summary>
public sealed class LeadDimension : ITransform
{
    private const string Leads =
        "SELECT l.Id, COALESCE(ml.MarketoId, mc.MarketoId), 'Lead', l.Email, l.Title, l.Company, l.Industry, l.NumberOfEmployees, l.Country, " +
        "l.LeadSource, l.Rating, l.Status, l.IsConverted, l.ConvertedDate, l.ConvertedAccountId, l.ConvertedContactId, l.ConvertedOpportunityId, " +
        "l.CreatedDate, l.IsDeleted, l.MasterRecordId, l.Rejection_Reason__c, COALESCE(ml.Score, mc.Score), l.OwnerId, l.LastModifiedDate " +
        "FROM stg.SalesforceLead AS l " +
        "LEFT JOIN (SELECT sfdcLeadId, MIN(id) AS MarketoId, MAX(leadScore) AS Score FROM stg.MarketoLead WHERE sfdcLeadId IS NOT NULL GROUP BY sfdcLeadId) AS ml ON ml.sfdcLeadId = l.Id " +
        "LEFT JOIN (SELECT sfdcContactId, MIN(id) AS MarketoId, MAX(leadScore) AS Score FROM stg.MarketoLead WHERE sfdcContactId IS NOT NULL GROUP BY sfdcContactId) AS mc ON mc.sfdcContactId = l.ConvertedContactId";

    private const string Contacts =
        " UNION ALL " +
        "SELECT c.Id, mc.MarketoId, 'Contact', c.Email, c.Title, a.Name, a.Industry, a.NumberOfEmployees, a.BillingCountry, " +
        "c.LeadSource, NULL, NULL, NULL, NULL, c.AccountId, c.Id, NULL, c.CreatedDate, c.IsDeleted, c.MasterRecordId, NULL, mc.Score, c.OwnerId, c.SystemModstamp " +
        "FROM stg.SalesforceContact AS c " +
        "LEFT JOIN stg.SalesforceAccount AS a ON a.Id = c.AccountId " +
        "LEFT JOIN (SELECT sfdcContactId, MIN(id) AS MarketoId, MAX(leadScore) AS Score FROM stg.MarketoLead WHERE sfdcContactId IS NOT NULL GROUP BY sfdcContactId) AS mc ON mc.sfdcContactId = c.Id " +
        "WHERE NOT EXISTS (SELECT 1 FROM stg.SalesforceLead AS cl WHERE cl.ConvertedContactId = c.Id)";

    private const string ChangedMarketoLeads = "(SELECT m.sfdcLeadId FROM stg.MarketoLead AS m WHERE m.BatchId = " + CurrentBatch.Id + ")";

    private const string ChangedMarketoContacts = "(SELECT m.sfdcContactId FROM stg.MarketoLead AS m WHERE m.BatchId = " + CurrentBatch.Id + ")";

    /// <summary>Every lead and unconverted contact.</summary>
    internal const string Sql = Leads + Contacts;

    /// <summary>Only the rows whose sources changed in this batch: the lead, its Marketo lead(s), or the contact, its account or its
    /// Marketo lead.</summary>
    internal const string ChangedSql =
        Leads + " WHERE l.BatchId = " + CurrentBatch.Id + " OR l.Id IN " + ChangedMarketoLeads + " OR l.ConvertedContactId IN " + ChangedMarketoContacts +
        Contacts + " AND (c.BatchId = " + CurrentBatch.Id + " OR a.BatchId = " + CurrentBatch.Id + " OR c.Id IN " + ChangedMarketoContacts + ")";

    /// <summary>The columns written, in row order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "SalesforceLeadId", "MarketoLeadId", "RecordType", "EmailHash", "EmailDomain", "Title", "Company", "Industry", "NumberOfEmployees",
        "CompanySizeBand", "Country", "Region", "LeadSource", "Rating", "CurrentStatus", "LastRejectionReason", "LeadScore", "OwnerSalesforceUserId",
        "IsConverted", "ConvertedDateKey", "SalesforceAccountId", "SalesforceContactId", "SalesforceOpportunityId", "CreatedAtUtc", "LastModifiedAtUtc",
        "IsDeleted", "MergedIntoSalesforceLeadId", "BatchId",
    ];

    /// <inheritdoc />
    public string Table => "dw.DimLead";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context) => [TableLoad.Upsert(context.Loader, Table, Columns, Rows(context))];

    private static IEnumerable<object?[]> Rows(TransformContext context)
    {
        // A delta reads only the changed rows; every row is read when all leads are recomputed (first load, new configuration: size
        // bands and regions come from it, or --recompute-all).
        using var r = context.RecomputeAllReason is null ? context.Loader.Read(ChangedSql) : context.Loader.Read(Sql);
        var row = new object?[Columns.Count];
        while (r.Read())
        {
            var email = r.Str(3);
            var employees = r.Int(7);
            var country = r.Str(8);
            row[0] = r.Str(0);
            row[1] = r.Int(1);
            row[2] = r.Str(2);
            row[3] = EmailIdentity.Hash(email);
            row[4] = EmailIdentity.Domain(email);
            row[5] = r.Str(4);
            row[6] = r.Str(5);
            row[7] = r.Str(6);
            row[8] = employees;
            row[9] = context.Company.SizeBand(employees);
            row[10] = country;
            row[11] = context.Company.Region(country);
            row[12] = r.Str(9);
            row[13] = r.Str(10);
            row[14] = r.Str(11);
            row[15] = r.Str(20);
            row[16] = r.Int(21);
            row[17] = r.Str(22);
            row[18] = r.Bool(12) ?? false;
            row[19] = DateKey.Optional(r.Date(13));
            row[20] = r.Str(14);
            row[21] = r.Str(15);
            row[22] = r.Str(16);
            row[23] = r.Instant(17);
            row[24] = r.Instant(23);
            row[25] = r.Bool(18) ?? false;
            row[26] = r.Str(19);
            row[27] = context.BatchId;
            yield return row;
        }
    }
}
