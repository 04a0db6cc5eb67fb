using System.Globalization;
using Serilog;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Transforms.Revenue;

/// <summary>
/// Two campaigns, five leads, three customers, worked out by hand. Webinar A (Events) cost 6,000 in January 2024; Paid Search B
/// (Paid Media) cost 9,000 from 1 January to 31 March 2024 (91 days). Leads L1, L2, L5 were created by Webinar A, L3 and L4 by
/// Paid Search B; L2 also responded to Paid Search B before its opportunity. L1, L2, L3 became the customers A1, A2, A3:
/// A1 (2,000 employees) won 10,000 on 2024-02-15, an upgrade of 2,000 on 2024-08-01 and a renewal of 11,000 on 2025-02-01;
/// A2 (20 employees) won 20,000 on 2024-03-01 and never renewed (churned on 2025-03-01); A3 (2,000 employees) won 5,000 on
/// 2024-06-01, its renewal not yet due past the 30 grace days. As of 2025-06-30; margin 80 %, 10 % discount, lifetime cap 5 years.
/// Targets: the account executives' team 20,000 of bookings in February 2024 and 2 opportunities in January; the rep 10,000 in March.
/// </summary>
internal static class RevenueFixture
{
    public const string Rep = "005000000000000001";
    public static readonly DateTime AsOf = new(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc);

    private const string CampaignHeader = "Id,Name,Type,Status,ParentId,StartDate,EndDate,BudgetedCost,ActualCost,ExpectedRevenue,IsActive,Marketo_Program_Id__c,CreatedDate,SystemModstamp,IsDeleted";
    private const string MemberHeader = "Id,CampaignId,LeadId,ContactId,Status,HasResponded,FirstRespondedDate,CreatedDate,SystemModstamp,IsDeleted";
    private const string LeadHeader = "Id,FirstName,LastName,Email,Title,Company,Industry,NumberOfEmployees,Country,LeadSource,Status,OwnerId,Rating,IsConverted,ConvertedDate,ConvertedAccountId,ConvertedContactId,ConvertedOpportunityId,Rejection_Reason__c,MasterRecordId,CreatedDate,LastModifiedDate,SystemModstamp,IsDeleted";
    private const string AccountHeader = "Id,Name,Industry,AnnualRevenue,NumberOfEmployees,BillingCountry,Type,OwnerId,MasterRecordId,CreatedDate,SystemModstamp,IsDeleted";
    private const string OpportunityHeader = "Id,AccountId,Name,StageName,Amount,CurrencyIsoCode,Probability,CloseDate,Type,LeadSource,CampaignId,OwnerId,IsClosed,IsWon,ForecastCategory,CreatedDate,SystemModstamp,IsDeleted";
    private const string TargetHeader = "Month,Level,TargetFor,Metric,Target";
    private const string HistoryHeader = "Id,OpportunityId,StageName,Amount,CloseDate,Probability,ForecastCategory,CreatedDate,CreatedById,IsDeleted";

    public const string WebinarA = "701000000000000001";
    public const string PaidSearchB = "701000000000000002";

    public static string Lead(int n) => $"00Q{n:D15}";

    public static string Account(int n) => $"001{n:D15}";

    /// <summary>The shipped configuration with the fixture's lifetime-value assumptions.</summary>
    public static LoadedConfiguration Configuration()
    {
        var configuration = ConfigurationLoader.Load(null);
        configuration.Value.LifetimeValue.GrossMarginPercent = 80m;
        configuration.Value.LifetimeValue.AnnualDiscountRatePercent = 10m;
        configuration.Value.LifetimeValue.MaxLifetimeYears = 5m;
        configuration.Value.LifetimeValue.ContractTermMonths = 12;
        configuration.Value.LifetimeValue.RenewalGraceDays = 30;
        return configuration;
    }

    /// <summary>Writes the exports and runs one batch into a new embedded warehouse.</summary>
    public static DuckDbLoader Load()
    {
        var folder = CliProcess.TempFolder();
        Write(Path.Combine(folder, "exports"));
        return TestWarehouse.Load(folder, Path.Combine(folder, "exports"), AsOf, Configuration()).Warehouse;
    }

    public static void Write(string folder)
    {
        var x = new ExportFolder(folder);
        x.AddUser(Rep, "Alex AE", "Account Executives");
        Campaign(x, WebinarA, "Webinar A", "Webinar", "2024-01-01", "2024-01-31", 6000m, 2001);
        Campaign(x, PaidSearchB, "Paid Search B", "Paid Search", "2024-01-01", "2024-03-31", 9000m, 2002);

        // Lead n: created at, the campaign that created it, and its customer account (0 = not converted).
        (DateTime Created, string Campaign, int Account)[] leads =
        [
            default, (T(2024, 1, 10), WebinarA, 1), (T(2024, 1, 12), WebinarA, 2), (T(2024, 1, 15), PaidSearchB, 3),
            (T(2024, 1, 16), PaidSearchB, 0), (T(2024, 1, 18), WebinarA, 0),
        ];
        var member = 0;
        void Response(int lead, string campaign, DateTime at) => x.Add("CampaignMember.csv", MemberHeader, new()
        {
            ["Id"] = $"00v{++member:D15}", ["CampaignId"] = campaign, ["LeadId"] = Lead(lead), ["Status"] = "Responded", ["HasResponded"] = "true",
            ["FirstRespondedDate"] = Day(at), ["CreatedDate"] = Iso(at), ["SystemModstamp"] = Iso(at), ["IsDeleted"] = "false",
        });
        for (var n = 1; n <= 5; n++)
        {
            var (created, campaign, account) = leads[n];
            Response(n, campaign, created);
            x.Add("Lead.csv", LeadHeader, new()
            {
                ["Id"] = Lead(n), ["Title"] = "CIO", ["Company"] = $"Company {n}", ["LeadSource"] = "Web", ["Status"] = account > 0 ? "Converted" : "Open - Inquiry",
                ["OwnerId"] = Rep, ["IsConverted"] = account > 0 ? "true" : "false", ["ConvertedAccountId"] = account > 0 ? Account(account) : "",
                ["ConvertedContactId"] = account > 0 ? $"003{account:D15}" : "", ["ConvertedOpportunityId"] = account > 0 ? Opportunity(account) : "",
                ["CreatedDate"] = Iso(created), ["SystemModstamp"] = Iso(created), ["IsDeleted"] = "false",
            });
        }

        Response(2, PaidSearchB, T(2024, 2, 1));
        AccountRow(x, 1, 2000);
        AccountRow(x, 2, 20);
        AccountRow(x, 3, 2000);
        Won(x, Opportunity(1), 1, "New Customer", 10000m, T(2024, 1, 20), new DateOnly(2024, 2, 15), WebinarA);
        Won(x, Opportunity(2), 2, "New Customer", 20000m, T(2024, 2, 10), new DateOnly(2024, 3, 1), PaidSearchB);
        Won(x, Opportunity(3), 3, "New Customer", 5000m, T(2024, 5, 1), new DateOnly(2024, 6, 1), PaidSearchB);
        Won(x, "006000000000000011", 1, "Existing Customer - Upgrade", 2000m, T(2024, 7, 1), new DateOnly(2024, 8, 1), null);
        Won(x, "006000000000000012", 1, "Existing Customer - Renewal", 11000m, T(2024, 12, 1), new DateOnly(2025, 2, 1), null);
        x.Add("Targets.csv", TargetHeader, new() { ["Month"] = "2024-02-01", ["Level"] = "Team", ["TargetFor"] = "Account Executives", ["Metric"] = "Bookings", ["Target"] = "20000" });
        x.Add("Targets.csv", TargetHeader, new() { ["Month"] = "2024-03-15", ["Level"] = "rep", ["TargetFor"] = Rep, ["Metric"] = "Bookings", ["Target"] = "10000" });
        x.Add("Targets.csv", TargetHeader, new() { ["Month"] = "2024-01-01", ["Level"] = "Team", ["TargetFor"] = "Account Executives", ["Metric"] = "Opportunities", ["Target"] = "2" });
        x.Write();
    }

    public static string Opportunity(int account) => $"006{account:D15}";

    private static void Campaign(ExportFolder x, string id, string name, string type, string start, string end, decimal cost, int program) =>
        x.Add("Campaign.csv", CampaignHeader, new()
        {
            ["Id"] = id, ["Name"] = name, ["Type"] = type, ["Status"] = "Completed", ["StartDate"] = start, ["EndDate"] = end,
            ["BudgetedCost"] = Money(cost), ["ActualCost"] = Money(cost), ["IsActive"] = "false", ["Marketo_Program_Id__c"] = program.ToString(CultureInfo.InvariantCulture),
            ["CreatedDate"] = "2023-12-01T00:00:00.000Z", ["SystemModstamp"] = "2024-04-01T00:00:00.000Z", ["IsDeleted"] = "false",
        });

    private static void AccountRow(ExportFolder x, int n, int employees) => x.Add("Account.csv", AccountHeader, new()
    {
        ["Id"] = Account(n), ["Name"] = $"Company {n}", ["NumberOfEmployees"] = employees.ToString(CultureInfo.InvariantCulture), ["BillingCountry"] = "United States",
        ["Type"] = "Customer - Direct", ["OwnerId"] = Rep, ["CreatedDate"] = "2024-01-20T00:00:00.000Z", ["SystemModstamp"] = "2025-02-01T00:00:00.000Z", ["IsDeleted"] = "false",
    });

    private static void Won(ExportFolder x, string id, int account, string type, decimal amount, DateTime created, DateOnly closed, string? campaign)
    {
        x.Add("Opportunity.csv", OpportunityHeader, new()
        {
            ["Id"] = id, ["AccountId"] = Account(account), ["Name"] = $"Company {account} - {type}", ["StageName"] = "Closed Won", ["Amount"] = Money(amount),
            ["CurrencyIsoCode"] = "USD", ["Probability"] = "100", ["CloseDate"] = closed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Type"] = type,
            ["CampaignId"] = campaign ?? "", ["OwnerId"] = Rep, ["IsClosed"] = "true", ["IsWon"] = "true", ["ForecastCategory"] = "Closed",
            ["CreatedDate"] = Iso(created), ["SystemModstamp"] = Iso(closed.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc)), ["IsDeleted"] = "false",
        });
        x.Add("OpportunityHistory.csv", HistoryHeader, new()
        {
            ["Id"] = "008" + id[3..], ["OpportunityId"] = id, ["StageName"] = "Discovery", ["Amount"] = Money(amount), ["Probability"] = "10",
            ["CloseDate"] = closed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["CreatedDate"] = Iso(created), ["IsDeleted"] = "false",
        });
        x.Add("OpportunityHistory.csv", HistoryHeader, new()
        {
            ["Id"] = "00H" + id[3..], ["OpportunityId"] = id, ["StageName"] = "Closed Won", ["Amount"] = Money(amount), ["Probability"] = "100",
            ["CloseDate"] = closed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["CreatedDate"] = Iso(closed.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc)), ["IsDeleted"] = "false",
        });
    }

    private static DateTime T(int year, int month, int day) => new(year, month, day, 14, 0, 0, DateTimeKind.Utc);

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Day(DateTime t) => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
