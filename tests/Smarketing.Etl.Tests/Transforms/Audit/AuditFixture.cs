using System.Globalization;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Transforms.Audit;

/// <summary>Six leads that reproduce what the independent recomputation of issue 13 found, with answers worked out by hand. One
/// New York SDR (Sam, 09:00-17:00 EDT = 13:00-21:00 UTC), one AE (Avery), one marketer. Times are UTC; A1-A3 and A5 are created
/// Monday 2024-06-03 12:00, reach MQL at 13:00 and are handed off at 14:00 (10:00 EDT).
/// A1: first task 16:00 (2 business hours), accepted 18:00 (4 h), SQL Wed 06-05 18:00.
/// A2: never touched; recycled Tue 06-04 14:00 (7 h Monday + 1 h Tuesday = 8 h) for "Bad timing"; disqualified 06-20 for
/// "Invalid contact info" (its current reason).
/// A3: first task 20:00 (6 h); jumps straight to SQL Tue 06-04 14:00 (8 h) without SAL.
/// A5: first task 15:00 (1 h), accepted Tue 06-04 13:00 (7 h), SQL Wed 06-05 13:00.
/// A6: created Wed 2024-05-29, handed off 14:00, recycled Mon 06-03 14:00 for "No budget" (7 + 8 + 8 + 1 = 24 h), never touched.
/// A4: created 2024-06-10, but its opportunity (Avery's, 12,000) was created Tue 2024-05-28 and won 2024-06-05: events before the
/// lead's creation; it is open at the end of May (31st) but was not at the last Sunday of May (the 26th).
/// Campaigns: Webinar J (3,000, June) created A1, A2, A3, A5; Paid Search K (2,400, May-June) touched A4 on 2024-05-20.</summary>
internal static class AuditFixture
{
    public const string Sdr = "005000000000000001";
    public const string Marketer = "005000000000000002";
    public const string Ae = "005000000000000003";
    public const string WebinarJ = "701000000000000001";
    public const string PaidSearchK = "701000000000000002";
    public const string Opportunity4 = "006000000000000004";
    public static readonly DateTime AsOf = new(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    private const string LeadHeader = "Id,FirstName,LastName,Email,Title,Company,Industry,NumberOfEmployees,Country,LeadSource,Status,OwnerId,Rating,IsConverted,ConvertedDate,ConvertedAccountId,ConvertedContactId,ConvertedOpportunityId,Rejection_Reason__c,MasterRecordId,CreatedDate,LastModifiedDate,SystemModstamp,IsDeleted";
    private const string HistoryHeader = "Id,LeadId,Field,OldValue,NewValue,CreatedDate,CreatedById,IsDeleted";
    private const string TaskHeader = "Id,WhoId,WhatId,OwnerId,Subject,TaskSubtype,Type,Status,ActivityDate,CreatedDate,SystemModstamp,IsDeleted";
    private const string CampaignHeader = "Id,Name,Type,Status,ParentId,StartDate,EndDate,BudgetedCost,ActualCost,ExpectedRevenue,IsActive,Marketo_Program_Id__c,CreatedDate,SystemModstamp,IsDeleted";
    private const string MemberHeader = "Id,CampaignId,LeadId,ContactId,Status,HasResponded,FirstRespondedDate,CreatedDate,SystemModstamp,IsDeleted";
    private const string AccountHeader = "Id,Name,Industry,AnnualRevenue,NumberOfEmployees,BillingCountry,Type,OwnerId,MasterRecordId,CreatedDate,SystemModstamp,IsDeleted";
    private const string OpportunityHeader = "Id,AccountId,Name,StageName,Amount,CurrencyIsoCode,Probability,CloseDate,Type,LeadSource,CampaignId,OwnerId,IsClosed,IsWon,ForecastCategory,CreatedDate,SystemModstamp,IsDeleted";
    private const string OpportunityHistoryHeader = "Id,OpportunityId,StageName,Amount,CloseDate,Probability,ForecastCategory,CreatedDate,CreatedById,IsDeleted";

    public static string Lead(int n) => $"00Q{n:D15}";

    public static void Write(string folder)
    {
        var x = new ExportFolder(folder);
        User(x, Sdr, "Sam SDR", "Sales Development");
        User(x, Marketer, "Morgan Marketing", "Marketing");
        User(x, Ae, "Avery AE", "Account Executives");
        var history = 0;
        void Change(int lead, DateTime at, string field, string from, string to) => x.Add("LeadHistory.csv", HistoryHeader, new()
        {
            ["Id"] = $"017{++history:D15}", ["LeadId"] = Lead(lead), ["Field"] = field, ["OldValue"] = from, ["NewValue"] = to,
            ["CreatedDate"] = Iso(at), ["IsDeleted"] = "false",
        });
        void Status(int lead, DateTime at, string from, string to) => Change(lead, at, "Status", from, to);
        void Reason(int lead, DateTime at, string from, string to) => Change(lead, at, "Rejection_Reason__c", from, to);
        void HandOff(int lead, DateTime mql)
        {
            Status(lead, mql, "Open - Inquiry", "Marketing Qualified");
            Change(lead, mql.AddHours(1), "Owner", Marketer, Sdr);
            Status(lead, mql.AddHours(1), "Marketing Qualified", "Sent to Sales");
        }

        var task = 0;
        void Touch(int lead, DateTime at) => x.Add("Task.csv", TaskHeader, new()
        {
            ["Id"] = $"00T{++task:D15}", ["WhoId"] = Lead(lead), ["OwnerId"] = Sdr, ["Subject"] = "Call", ["TaskSubtype"] = "Call", ["Type"] = "Call",
            ["Status"] = "Completed", ["CreatedDate"] = Iso(at), ["SystemModstamp"] = Iso(at), ["IsDeleted"] = "false",
        });

        var monday = T(6, 3, 13);
        HandOff(1, monday); Touch(1, T(6, 3, 16)); Status(1, T(6, 3, 18), "Sent to Sales", "Sales Accepted");
        Status(1, T(6, 5, 18), "Sales Accepted", "Sales Qualified");
        HandOff(2, monday); Reason(2, T(6, 4, 14), "", "Bad timing"); Status(2, T(6, 4, 14), "Sent to Sales", "Recycled - Nurture");
        Change(2, T(6, 4, 14), "Owner", Sdr, Marketer);
        Reason(2, T(6, 20, 14), "Bad timing", "Invalid contact info"); Status(2, T(6, 20, 14), "Recycled - Nurture", "Disqualified");
        HandOff(3, monday); Touch(3, T(6, 3, 20)); Status(3, T(6, 4, 14), "Sent to Sales", "Sales Qualified");
        HandOff(5, monday); Touch(5, T(6, 3, 15)); Status(5, T(6, 4, 13), "Sent to Sales", "Sales Accepted");
        Status(5, T(6, 5, 13), "Sales Accepted", "Sales Qualified");
        HandOff(6, T(5, 29, 13)); Reason(6, T(6, 3, 14), "", "No budget"); Status(6, T(6, 3, 14), "Sent to Sales", "Recycled - Nurture");
        Change(6, T(6, 3, 14), "Owner", Sdr, Marketer);

        (int N, DateTime Created, string Status, string Owner, string Reason)[] leads =
        [
            (1, T(6, 3, 12), "Sales Qualified", Sdr, ""), (2, T(6, 3, 12), "Disqualified", Marketer, "Invalid contact info"),
            (3, T(6, 3, 12), "Sales Qualified", Sdr, ""), (4, T(6, 10, 12), "Converted", Marketer, ""),
            (5, T(6, 3, 12), "Sales Qualified", Sdr, ""), (6, T(5, 29, 12), "Recycled - Nurture", Marketer, "No budget"),
        ];
        foreach (var (n, created, status, owner, reason) in leads)
        {
            x.Add("Lead.csv", LeadHeader, new()
            {
                ["Id"] = Lead(n), ["Title"] = "CIO", ["Company"] = $"Company {n}", ["LeadSource"] = "Web", ["Status"] = status, ["OwnerId"] = owner,
                ["IsConverted"] = n == 4 ? "true" : "false", ["ConvertedAccountId"] = n == 4 ? "001000000000000004" : "",
                ["ConvertedOpportunityId"] = n == 4 ? Opportunity4 : "", ["Rejection_Reason__c"] = reason, ["CreatedDate"] = Iso(created),
                ["SystemModstamp"] = Iso(T(6, 20, 15)), ["IsDeleted"] = "false",
            });
        }

        Campaign(x, WebinarJ, "Webinar J", "Webinar", "2024-06-01", "2024-06-30", "3000.00", "3001");
        Campaign(x, PaidSearchK, "Paid Search K", "Paid Search", "2024-05-01", "2024-06-30", "2400.00", "3002");
        var member = 0;
        void Respond(int lead, string campaign, DateTime at) => x.Add("CampaignMember.csv", MemberHeader, new()
        {
            ["Id"] = $"00v{++member:D15}", ["CampaignId"] = campaign, ["LeadId"] = Lead(lead), ["Status"] = "Responded", ["HasResponded"] = "true",
            ["FirstRespondedDate"] = at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["CreatedDate"] = Iso(at), ["SystemModstamp"] = Iso(at),
            ["IsDeleted"] = "false",
        });
        foreach (var n in new[] { 1, 2, 3, 5 })
        {
            Respond(n, WebinarJ, T(6, 3, 12));
        }

        Respond(4, PaidSearchK, T(5, 20, 14));
        x.Add("Account.csv", AccountHeader, new()
        {
            ["Id"] = "001000000000000004", ["Name"] = "Company 4", ["NumberOfEmployees"] = "200", ["BillingCountry"] = "United States",
            ["Type"] = "Customer - Direct", ["OwnerId"] = Ae, ["CreatedDate"] = Iso(T(5, 28, 14)), ["SystemModstamp"] = Iso(T(6, 5, 15)), ["IsDeleted"] = "false",
        });
        x.Add("Opportunity.csv", OpportunityHeader, new()
        {
            ["Id"] = Opportunity4, ["AccountId"] = "001000000000000004", ["Name"] = "Company 4 - New", ["StageName"] = "Closed Won", ["Amount"] = "12000.00",
            ["CurrencyIsoCode"] = "USD", ["Probability"] = "100", ["CloseDate"] = "2024-06-05", ["Type"] = "New Customer", ["CampaignId"] = PaidSearchK,
            ["OwnerId"] = Ae, ["IsClosed"] = "true", ["IsWon"] = "true", ["ForecastCategory"] = "Closed", ["CreatedDate"] = Iso(T(5, 28, 14)),
            ["SystemModstamp"] = Iso(T(6, 5, 15)), ["IsDeleted"] = "false",
        });
        x.Add("OpportunityHistory.csv", OpportunityHistoryHeader, new()
        {
            ["Id"] = "008000000000000001", ["OpportunityId"] = Opportunity4, ["StageName"] = "Discovery", ["Amount"] = "12000.00", ["Probability"] = "10",
            ["CloseDate"] = "2024-06-05", ["CreatedDate"] = Iso(T(5, 28, 14)), ["IsDeleted"] = "false",
        });
        x.Add("OpportunityHistory.csv", OpportunityHistoryHeader, new()
        {
            ["Id"] = "008000000000000002", ["OpportunityId"] = Opportunity4, ["StageName"] = "Closed Won", ["Amount"] = "12000.00", ["Probability"] = "100",
            ["CloseDate"] = "2024-06-05", ["CreatedDate"] = Iso(T(6, 5, 15)), ["IsDeleted"] = "false",
        });
        x.Write();
    }

    private static void User(ExportFolder x, string id, string name, string department) =>
        x.AddUser(id, name, department, "2024-01-01T00:00:00.000Z");

    private static void Campaign(ExportFolder x, string id, string name, string type, string start, string end, string cost, string program) =>
        x.Add("Campaign.csv", CampaignHeader, new()
        {
            ["Id"] = id, ["Name"] = name, ["Type"] = type, ["Status"] = "Completed", ["StartDate"] = start, ["EndDate"] = end, ["BudgetedCost"] = cost,
            ["ActualCost"] = cost, ["IsActive"] = "false", ["Marketo_Program_Id__c"] = program, ["CreatedDate"] = "2024-04-01T00:00:00.000Z",
            ["SystemModstamp"] = "2024-07-01T00:00:00.000Z", ["IsDeleted"] = "false",
        });

    private static DateTime T(int month, int day, int hour) => new(2024, month, day, hour, 0, 0, DateTimeKind.Utc);

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
