using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimAccount from staged accounts; the customer cohort is the month of the first won opportunity, and the
/// acquisition channel is the channel of that opportunity's primary campaign (or its lead source).</summary>
public sealed class AccountDimension : ITransform
{
    internal const string Sql =
        "SELECT a.Id, a.Name, a.Industry, a.AnnualRevenue, a.NumberOfEmployees, a.BillingCountry, a.Type, a.CreatedDate, a.IsDeleted, " +
        "w.FirstWon, c.Type, o.LeadSource, a.OwnerId, a.MasterRecordId " +
        "FROM stg.SalesforceAccount AS a " +
        "LEFT JOIN (SELECT AccountId, MIN(CloseDate) AS FirstWon FROM stg.SalesforceOpportunity WHERE IsWon = 1 AND (IsDeleted IS NULL OR IsDeleted = 0) GROUP BY AccountId) AS w ON w.AccountId = a.Id " +
        "LEFT JOIN (SELECT AccountId, CampaignId, LeadSource, ROW_NUMBER() OVER (PARTITION BY AccountId ORDER BY CloseDate, Id) AS Position " +
        "           FROM stg.SalesforceOpportunity WHERE IsWon = 1 AND (IsDeleted IS NULL OR IsDeleted = 0)) AS o ON o.AccountId = a.Id AND o.Position = 1 " +
        "LEFT JOIN stg.SalesforceCampaign AS c ON c.Id = o.CampaignId " +
        "ORDER BY a.Id";

    /// <inheritdoc />
    public string Table => "dw.DimAccount";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        string[] columns =
        [
            "SalesforceAccountId", "AccountName", "Industry", "AnnualRevenue", "NumberOfEmployees", "CompanySizeBand", "BillingCountry", "Region",
            "AccountType", "Segment", "OwnerSalesforceUserId", "IsCustomer", "FirstWonDateKey", "CustomerCohortYearMonth", "AcquisitionChannel",
            "CreatedAtUtc", "IsDeleted", "MergedIntoSalesforceAccountId", "BatchId",
        ];
        return [TableLoad.Upsert(context.Loader, Table, columns, Rows(context))];
    }

    private static IEnumerable<object?[]> Rows(TransformContext context)
    {
        using var r = context.Loader.Read(Sql);
        while (r.Read())
        {
            var employees = r.Int(4);
            var firstWon = r.Date(9);
            var channel = r.Str(10) is { } campaignType ? context.Company.Channel(campaignType) : r.Str(11);
            var band = context.Company.SizeBand(employees);
            yield return
            [
                r.Str(0), r.Str(1) ?? "(unnamed)", r.Str(2), r.Dec(3), employees, band, r.Str(5), context.Company.Region(r.Str(5)),
                r.Str(6), band, r.Str(12), firstWon is not null, DateKey.Optional(firstWon), firstWon is { } f ? (f.Year * 100) + f.Month : null,
                firstWon is null ? null : channel ?? "Unknown", r.Instant(7), r.Bool(8) ?? false, r.Str(13), context.BatchId,
            ];
        }
    }
}
