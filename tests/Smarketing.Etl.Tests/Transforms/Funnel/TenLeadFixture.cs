using Smarketing.Etl.Tests.Support;
using static Smarketing.Etl.Tests.Support.ExportFolder;

namespace Smarketing.Etl.Tests.Transforms.Funnel;

/// <summary>Ten leads in April 2024 handled by one New York SDR (09:00–17:00, EDT = UTC-4), with answers worked out by hand.
/// L1 accepted in 2 h → SQL → won; L2 accepted after 12 h; L3 rejected after 1 h, re-qualified, accepted after 1 h (two cycles);
/// L4 handed off Friday 16:30, accepted Monday 10:00 (1.5 h); L5 disqualified after 16 h; L6 never answered (open);
/// L7 MQL only; L8 inquiry only; L9 jumps from Inquiry straight to SQL; L10 rejected after 7 h (at 19:00, after hours).</summary>
internal static class TenLeadFixture
{
    public const string Rep = "005000000000000001";
    public const string Marketer = "005000000000000002";
    public const string Manager = "005000000000000003";
    public static readonly DateTime AsOf = new(2024, 4, 30, 0, 0, 0, DateTimeKind.Utc);

    private const string LeadHeader = "Id,FirstName,LastName,Email,Title,Company,Industry,NumberOfEmployees,Country,LeadSource,Status,OwnerId,Rating,IsConverted,ConvertedDate,ConvertedAccountId,ConvertedContactId,ConvertedOpportunityId,Rejection_Reason__c,MasterRecordId,CreatedDate,LastModifiedDate,SystemModstamp,IsDeleted";
    private const string HistoryHeader = "Id,LeadId,Field,OldValue,NewValue,CreatedDate,CreatedById,IsDeleted";
    private const string OpportunityHeader = "Id,AccountId,Name,StageName,Amount,CurrencyIsoCode,Probability,CloseDate,Type,LeadSource,CampaignId,OwnerId,IsClosed,IsWon,ForecastCategory,CreatedDate,SystemModstamp,IsDeleted";
    private const string OpportunityHistoryHeader = "Id,OpportunityId,StageName,Amount,CloseDate,Probability,ForecastCategory,CreatedDate,CreatedById,IsDeleted";

    public static string Lead(int n) => $"00Q{n:D15}";

    public static void Write(string folder)
    {
        var x = new ExportFolder(folder);
        User(x, Rep, "Riley SDR", "America/New_York", Manager);
        User(x, Marketer, "Morgan Marketing", "America/New_York", null);
        User(x, Manager, "Max Manager", "America/New_York", null);
        var history = 0;
        void Status(int lead, DateTime at, string from, string to) =>
            x.Add("LeadHistory.csv", HistoryHeader, new() { ["Id"] = $"017{++history:D15}", ["LeadId"] = Lead(lead), ["Field"] = "Status", ["OldValue"] = from, ["NewValue"] = to, ["CreatedDate"] = Iso(at), ["IsDeleted"] = "false" });
        void Owner(int lead, DateTime at, string from, string to) =>
            x.Add("LeadHistory.csv", HistoryHeader, new() { ["Id"] = $"017{++history:D15}", ["LeadId"] = Lead(lead), ["Field"] = "Owner", ["OldValue"] = from, ["NewValue"] = to, ["CreatedDate"] = Iso(at), ["IsDeleted"] = "false" });
        void Handoff(int lead, DateTime at, string from) { Owner(lead, at, Marketer, Rep); Status(lead, at, from, "Sent to Sales"); }
        void Mql(int lead, DateTime at, string from = "Open - Inquiry") => Status(lead, at, from, "Marketing Qualified");

        Mql(1, T(4, 1, 13)); Handoff(1, T(4, 1, 14), "Marketing Qualified"); Status(1, T(4, 1, 16), "Sent to Sales", "Sales Accepted");
        Status(1, T(4, 2, 14), "Sales Accepted", "Sales Qualified"); Status(1, T(4, 3, 14), "Sales Qualified", "Converted");
        Mql(2, T(4, 1, 13)); Handoff(2, T(4, 1, 14), "Marketing Qualified"); Status(2, T(4, 2, 18), "Sent to Sales", "Sales Accepted");
        Mql(3, T(4, 1, 13)); Handoff(3, T(4, 1, 14), "Marketing Qualified"); Status(3, T(4, 1, 15), "Sent to Sales", "Recycled - Nurture"); Owner(3, T(4, 1, 15), Rep, Marketer);
        Mql(3, T(4, 15, 13), "Recycled - Nurture"); Handoff(3, T(4, 15, 14, 30), "Marketing Qualified"); Status(3, T(4, 15, 15, 30), "Sent to Sales", "Sales Accepted");
        Mql(4, T(4, 5, 19)); Handoff(4, T(4, 5, 20, 30), "Marketing Qualified"); Status(4, T(4, 8, 14), "Sent to Sales", "Sales Accepted");
        Mql(5, T(4, 2, 13)); Handoff(5, T(4, 2, 14), "Marketing Qualified"); Status(5, T(4, 4, 14), "Sent to Sales", "Disqualified");
        Mql(6, T(4, 2, 13)); Handoff(6, T(4, 2, 14), "Marketing Qualified");
        Mql(7, T(4, 2, 13));
        Status(9, T(4, 3, 14), "Open - Inquiry", "Sales Qualified");
        Mql(10, T(4, 3, 13)); Handoff(10, T(4, 3, 14), "Marketing Qualified"); Status(10, T(4, 3, 23), "Sent to Sales", "Recycled - Nurture"); Owner(10, T(4, 3, 23), Rep, Marketer);

        string[] current = ["", "Converted", "Sales Accepted", "Sales Accepted", "Sales Accepted", "Disqualified", "Sent to Sales", "Marketing Qualified", "Open - Inquiry", "Sales Qualified", "Recycled - Nurture"];
        for (var n = 1; n <= 10; n++)
        {
            x.Add("Lead.csv", LeadHeader, new()
            {
                ["Id"] = Lead(n), ["Title"] = "CIO", ["Company"] = $"Company {n}", ["LeadSource"] = "Web", ["Status"] = current[n],
                ["OwnerId"] = n is 3 or 7 or 8 or 9 or 10 ? Marketer : Rep, ["IsConverted"] = n == 1 ? "true" : "false",
                ["ConvertedOpportunityId"] = n == 1 ? "006000000000000001" : "", ["CreatedDate"] = Iso(T(4, 1, 12)), ["SystemModstamp"] = Iso(T(4, 20, 12)), ["IsDeleted"] = "false",
            });
        }

        x.Add("Opportunity.csv", OpportunityHeader, new()
        {
            ["Id"] = "006000000000000001", ["Name"] = "Company 1 - New", ["StageName"] = "Closed Won", ["Amount"] = "1000", ["CloseDate"] = "2024-04-10",
            ["Type"] = "New Customer", ["OwnerId"] = Rep, ["IsClosed"] = "true", ["IsWon"] = "true", ["CreatedDate"] = Iso(T(4, 3, 14)), ["SystemModstamp"] = Iso(T(4, 10, 14)), ["IsDeleted"] = "false",
        });
        x.Add("OpportunityHistory.csv", OpportunityHistoryHeader, new() { ["Id"] = "008000000000000001", ["OpportunityId"] = "006000000000000001", ["StageName"] = "Discovery", ["CreatedDate"] = Iso(T(4, 3, 14)), ["IsDeleted"] = "false" });
        x.Add("OpportunityHistory.csv", OpportunityHistoryHeader, new() { ["Id"] = "008000000000000002", ["OpportunityId"] = "006000000000000001", ["StageName"] = "Closed Won", ["CreatedDate"] = Iso(T(4, 10, 14)), ["IsDeleted"] = "false" });
        x.Write();
    }

    private static void User(ExportFolder x, string id, string name, string zone, string? manager) =>
        x.AddUser(id, name, "Sales Development", "2024-01-01T00:00:00.000Z", zone, manager);

    private static DateTime T(int month, int day, int hour, int minute = 0) => new(2024, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static string Iso(DateTime t) => Utc(t.Month, t.Day, t.Hour, t.Minute);
}
