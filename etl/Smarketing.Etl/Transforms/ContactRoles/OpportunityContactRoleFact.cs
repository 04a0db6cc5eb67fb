using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms.ContactRoles;

/// <summary>dw.FactOpportunityContactRole: the bridge between an opportunity and the people of its buying group, one row per
/// current contact role (OpportunityContactRole.csv; staging keeps each role's newest version, the view
/// prep.OpportunityContactRole leaves out deleted ones and those of deleted opportunities), with the contact's person in
/// dw.DimLead and the opportunity's account. Set-based: written into the work table inside the engine. Like the other revenue
/// facts it is rebuilt in full each batch (a handful of rows per opportunity) and only changed rows are written; a role deleted
/// or gone since the last batch is removed. Without the optional file the staging table is empty and so is the fact.</summary>
public sealed class OpportunityContactRoleFact : ITransform
{
    /// <summary>The fact's columns, in the order of <see cref="Sql"/>.</summary>
    internal static readonly string[] Columns =
    [
        "SalesforceOpportunityContactRoleId", "SalesforceOpportunityId", "SalesforceContactId", "LeadKey", "AccountKey", "Role",
        "IsPrimary", "CreatedDateKey", "CreatedAtUtc", "BatchId",
    ];

    /// <summary>Every current role, stamped with the running batch; in id order, so new surrogate keys follow it.</summary>
    internal const string Sql =
        "SELECT p.SalesforceOpportunityContactRoleId, p.SalesforceOpportunityId, p.SalesforceContactId, p.LeadKey, " +
        "p.AccountKey, p.Role, p.IsPrimary, p.CreatedDateKey, p.CreatedAtUtc, " + CurrentBatch.Id +
        " FROM prep.OpportunityContactRole AS p " +
        "ORDER BY p.SalesforceOpportunityContactRoleId";

    /// <inheritdoc />
    public string Table => "dw.FactOpportunityContactRole";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var table = context.Loader.Catalog.Table(Table);
        var read = context.Loader.FillWorkTable(table, Columns, Sql);
        var counts = context.Loader.Upsert(table, UpsertOptions.Replace);
        return [new EntityCount(Table, read, counts.Inserted, counts.Updated, counts.Deleted, 0)];
    }
}
