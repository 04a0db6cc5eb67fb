using System.Globalization;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Reporting.Planning;

/// <summary>
/// A funnel history and a month of pipeline, worked out by hand; as of 2024-07-01 (so the 6-month lookback is January to June).
/// One New York SDR (Sales Development, 09:00-17:00, EST = UTC-5 in February) owns 100 leads created 2024-02-05 15:00 UTC.
/// 40 become MQL on 2024-02-15 15:00 (10.00 days) and are handed off at 15:30 (10:30 in New York; handoff SLA 8 business hours):
/// <list type="bullet">
/// <item>12 accepted at 17:30 (2 business hours, met; 10.10 days from inquiry) and 8 accepted on Friday 2024-02-16 20:30
/// (6.5 + 6.5 = 13 business hours, breached; 11.23 days): 20 SALs;</item>
/// <item>5 disqualified at 17:30 (met) and 5 on Friday 20:30 (breached); 10 still waiting in Handoff (open clocks);</item>
/// <item>of the SALs, 8 met and 2 breached ones become SQL on 2024-02-25 15:00 (20.00 days): 10 SQLs;</item>
/// <item>of the SQLs, 4 met and 1 breached are converted into a Discovery opportunity (Alex AE, Account Executives) on
/// 2024-03-06 15:00 (30.00 days), closing 2024-04-15: two met ones are won, for 10,000 on 2024-03-26 (20 days) and 20,000 on
/// 2024-04-15 (40 days); the other three are lost on 2024-04-15.</item>
/// </list>
/// Pipeline of May 2024 (direct opportunities of Alex AE, Discovery, probability 10), one of each movement:
/// A 2,000 closing 05-15, won then; B 3,000 closing 05-20, lost then; C 4,000 created 04-01 closing 04-20, pushed on 04-15 to 05-25
/// and on 05-10 to 06-30; D 5,000 closing 06-15, pulled in on 05-05 to 05-28; E 6,000 created 05-03 closing 05-30; F 7,000
/// closing 05-31, raised to 7,700 on 05-12. Bookings targets of Account Executives: 30,000 for April, 10,000 for May and 60,000
/// for September 2024.
/// </summary>
internal static class PlanningFixture
{
    public const string Sdr = "005000000000000001";
    public const string Ae = "005000000000000002";
    public static readonly DateTime AsOf = new(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    private const string LeadHeader = "Id,FirstName,LastName,Email,Title,Company,Industry,NumberOfEmployees,Country,LeadSource,Status,OwnerId,"
                                      + "Rating,IsConverted,ConvertedDate,ConvertedAccountId,ConvertedContactId,ConvertedOpportunityId,"
                                      + "Rejection_Reason__c,MasterRecordId,CreatedDate,LastModifiedDate,SystemModstamp,IsDeleted";
    private const string HistoryHeader = "Id,LeadId,Field,OldValue,NewValue,CreatedDate,CreatedById,IsDeleted";
    private const string OpportunityHeader = "Id,AccountId,Name,StageName,Amount,CurrencyIsoCode,Probability,CloseDate,Type,LeadSource,"
                                             + "CampaignId,OwnerId,IsClosed,IsWon,ForecastCategory,CreatedDate,SystemModstamp,IsDeleted";
    private const string OpportunityHistoryHeader = "Id,OpportunityId,StageName,Amount,CloseDate,Probability,ForecastCategory,CreatedDate,"
                                                    + "CreatedById,IsDeleted";
    private const string TargetHeader = "Month,Level,TargetFor,Metric,Target";

    private static int history;
    private static int opportunityHistory;

    public static string Lead(int n) => $"00Q{n:D15}";

    /// <summary>Writes the exports and runs one batch into a new embedded warehouse.</summary>
    public static DuckDbLoader Load() => Load(CliProcess.TempFolder());

    /// <summary>Writes the exports and loads them into <c>warehouse.duckdb</c> in <paramref name="folder"/>.</summary>
    public static DuckDbLoader Load(string folder)
    {
        Write(Path.Combine(folder, "exports"));
        return TestWarehouse.Load(folder, Path.Combine(folder, "exports"), AsOf).Warehouse;
    }

    public static void Write(string folder)
    {
        history = 0;
        opportunityHistory = 0;
        var x = new ExportFolder(folder);
        User(x, Sdr, "Sam SDR", "Sales Development");
        User(x, Ae, "Alex AE", "Account Executives");
        for (var n = 1; n <= 100; n++)
        {
            LeadPath(x, n);
        }

        // May 2024 pipeline: one opportunity per movement.
        Direct(x, "A", T(4, 10, 15), [(T(4, 10, 15), "Discovery", 2000m, D(5, 15)), (T(5, 15, 15), "Closed Won", 2000m, D(5, 15))]);
        Direct(x, "B", T(4, 10, 15), [(T(4, 10, 15), "Discovery", 3000m, D(5, 20)), (T(5, 20, 15), "Closed Lost", 3000m, D(5, 20))]);
        Direct(x, "C", T(4, 1, 15),
        [
            (T(4, 1, 15), "Discovery", 4000m, D(4, 20)), (T(4, 15, 15), "Discovery", 4000m, D(5, 25)), (T(5, 10, 15), "Discovery", 4000m, D(6, 30)),
        ]);
        Direct(x, "D", T(4, 10, 15), [(T(4, 10, 15), "Discovery", 5000m, D(6, 15)), (T(5, 5, 15), "Discovery", 5000m, D(5, 28))]);
        Direct(x, "E", T(5, 3, 15), [(T(5, 3, 15), "Discovery", 6000m, D(5, 30))]);
        Direct(x, "F", T(4, 10, 15), [(T(4, 10, 15), "Discovery", 7000m, D(5, 31)), (T(5, 12, 15), "Discovery", 7700m, D(5, 31))]);

        Target(x, "2024-04-01", 30000m);
        Target(x, "2024-05-01", 10000m);
        Target(x, "2024-09-01", 60000m);
        x.Write();
    }

    /// <summary>Lead n's path: 1-12 accepted in time, 13-20 late; 21-25 disqualified in time, 26-30 late; 31-40 waiting in
    /// Handoff; 41-100 inquiries only. SQL: 1-8 and 13-14; opportunity: 1-4 and 13; won: 1 and 2.</summary>
    private static void LeadPath(ExportFolder x, int n)
    {
        void Status(DateTime at, string from, string to) => x.Add("LeadHistory.csv", HistoryHeader, new()
        {
            ["Id"] = $"017{++history:D15}", ["LeadId"] = Lead(n), ["Field"] = "Status", ["OldValue"] = from, ["NewValue"] = to,
            ["CreatedDate"] = Iso(at), ["IsDeleted"] = "false",
        });

        var status = "Open - Inquiry";
        void Move(DateTime at, string to)
        {
            Status(at, status, to);
            status = to;
        }

        var met = n is (>= 1 and <= 12) or (>= 21 and <= 25);
        var resolved = met ? T(2, 15, 17, 30) : T(2, 16, 20, 30);
        string? opportunity = null;
        if (n <= 40)
        {
            Move(T(2, 15, 15), "Marketing Qualified");
            Move(T(2, 15, 15, 30), "Sent to Sales");
        }

        if (n <= 20)
        {
            Move(resolved, "Sales Accepted");
        }
        else if (n <= 30)
        {
            Move(resolved, "Disqualified");
        }

        if (n is (>= 1 and <= 8) or 13 or 14)
        {
            Move(T(2, 25, 15), "Sales Qualified");
        }

        if (n is (>= 1 and <= 4) or 13)
        {
            opportunity = $"006{n:D15}";
            Move(T(3, 6, 15), "Converted");
            var (closed, stage, amount) = n switch
            {
                1 => (T(3, 26, 15), "Closed Won", 10000m),
                2 => (T(4, 15, 15), "Closed Won", 20000m),
                _ => (T(4, 15, 15), "Closed Lost", 1000m),
            };
            Opportunity(x, opportunity, $"Lead {n}", T(3, 6, 15),
                [(T(3, 6, 15), "Discovery", amount, D(4, 15)), (closed, stage, amount, DateOnly.FromDateTime(closed))]);
        }

        x.Add("Lead.csv", LeadHeader, new()
        {
            ["Id"] = Lead(n), ["Title"] = "CIO", ["Company"] = $"Company {n}", ["LeadSource"] = "Web", ["Status"] = status, ["OwnerId"] = Sdr,
            ["IsConverted"] = opportunity is null ? "false" : "true", ["ConvertedOpportunityId"] = opportunity ?? "",
            ["CreatedDate"] = Iso(T(2, 5, 15)), ["SystemModstamp"] = Iso(T(6, 1, 12)), ["IsDeleted"] = "false",
        });
    }

    private static void Direct(ExportFolder x, string letter, DateTime created,
        (DateTime At, string Stage, decimal Amount, DateOnly Close)[] changes) =>
        Opportunity(x, $"0060000000000000{letter}0", $"Direct {letter}", created, changes);

    private static void Opportunity(ExportFolder x, string id, string name, DateTime created,
        (DateTime At, string Stage, decimal Amount, DateOnly Close)[] changes)
    {
        var last = changes[^1];
        var closed = last.Stage.StartsWith("Closed", StringComparison.Ordinal);
        x.Add("Opportunity.csv", OpportunityHeader, new()
        {
            ["Id"] = id, ["Name"] = name, ["StageName"] = last.Stage, ["Amount"] = Money(last.Amount), ["CurrencyIsoCode"] = "USD",
            ["Probability"] = Probability(last.Stage), ["CloseDate"] = Day(last.Close), ["Type"] = "New Customer", ["OwnerId"] = Ae,
            ["IsClosed"] = closed ? "true" : "false", ["IsWon"] = last.Stage == "Closed Won" ? "true" : "false",
            ["CreatedDate"] = Iso(created), ["SystemModstamp"] = Iso(last.At), ["IsDeleted"] = "false",
        });
        foreach (var (at, stage, amount, close) in changes)
        {
            x.Add("OpportunityHistory.csv", OpportunityHistoryHeader, new()
            {
                ["Id"] = $"008{++opportunityHistory:D15}", ["OpportunityId"] = id, ["StageName"] = stage, ["Amount"] = Money(amount),
                ["CloseDate"] = Day(close), ["Probability"] = Probability(stage), ["CreatedDate"] = Iso(at), ["IsDeleted"] = "false",
            });
        }
    }

    private static string Probability(string stage) => stage switch { "Closed Won" => "100", "Closed Lost" => "0", _ => "10" };

    private static void Target(ExportFolder x, string month, decimal amount) => x.Add("Targets.csv", TargetHeader, new()
    {
        ["Month"] = month, ["Level"] = "Team", ["TargetFor"] = "Account Executives", ["Metric"] = "Bookings", ["Target"] = Money(amount),
    });

    private static void User(ExportFolder x, string id, string name, string department) =>
        x.AddUser(id, name, department);

    private static DateTime T(int month, int day, int hour, int minute = 0) => new(2024, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static DateOnly D(int month, int day) => new(2024, month, day);

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
