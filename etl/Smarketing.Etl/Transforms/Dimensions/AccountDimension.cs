using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimAccount from staged accounts; the customer cohort is the month of the first won opportunity, and the
/// acquisition channel is the channel of that opportunity's primary campaign (or its lead source). Size band, region and channel
/// come from the configuration through the etl tables <see cref="ConfiguredLookups"/> writes first. Set-based: the rows come from
/// the view prep.Account and are written into the work table inside the engine, so no account passes through the ETL.</summary>
public sealed class AccountDimension : ITransform
{
    /// <summary>The dimension's columns, in the order of <see cref="Sql"/>.</summary>
    internal static readonly string[] Columns =
    [
        "SalesforceAccountId", "AccountName", "Industry", "AnnualRevenue", "NumberOfEmployees", "CompanySizeBand", "BillingCountry", "Region",
        "AccountType", "Segment", "OwnerSalesforceUserId", "IsCustomer", "FirstWonDateKey", "CustomerCohortYearMonth", "AcquisitionChannel",
        "CreatedAtUtc", "IsDeleted", "MergedIntoSalesforceAccountId", "BatchId",
    ];

    /// <summary>Every staged account, stamped with the running batch; in id order, so new surrogate keys follow it.</summary>
    internal const string Sql =
        "SELECT p.SalesforceAccountId, p.AccountName, p.Industry, p.AnnualRevenue, p.NumberOfEmployees, p.CompanySizeBand, " +
        "p.BillingCountry, p.Region, p.AccountType, p.Segment, p.OwnerSalesforceUserId, p.IsCustomer, p.FirstWonDateKey, " +
        "p.CustomerCohortYearMonth, p.AcquisitionChannel, p.CreatedAtUtc, p.IsDeleted, p.MergedIntoSalesforceAccountId, " +
        CurrentBatch.Id + " FROM prep.Account AS p ORDER BY p.SalesforceAccountId";

    /// <inheritdoc />
    public string Table => "dw.DimAccount";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var table = context.Loader.Catalog.Table(Table);
        var read = context.Loader.FillWorkTable(table, Columns, Sql);
        var counts = context.Loader.Upsert(table, UpsertOptions.Default);
        return [new EntityCount(Table, read, counts.Inserted, counts.Updated, counts.Deleted, 0)];
    }
}
