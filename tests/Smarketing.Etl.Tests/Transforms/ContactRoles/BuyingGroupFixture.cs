using System.Globalization;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Transforms.ContactRoles;

/// <summary>
/// One account (A1) and its buying group, worked out by hand. Lead L1, created on 10 January 2024 by a Webinar W response, was
/// converted into contact C1 and the New Customer opportunity O1 (created 10 February 2024 14:00, won 12,000 on 15 March 2024).
/// C2 (the CFO) and C3 (an IT manager) were created directly as contacts of A1 in December 2023. Contact roles on O1:
/// R1 = C2, Economic Buyer, primary; R2 = C1, exported twice (Evaluator on 25 January, then Technical Buyer on 1 February: the
/// newer version, listed first, wins); R3 = C3, Influencer, deleted; R4 = C9, Champion, a contact the extract does not hold.
/// Responses (each a touch on its own day): L1 W 10 Jan (its lead-creation touch) and P 1 Feb; C2 E 20 Jan and D 5 Feb;
/// C3 D 25 Jan; and after O1's creation L1 E 1 Mar (only full-path models see it).
/// </summary>
internal static class BuyingGroupFixture
{
    public const string Rep = "005000000000000001";
    public const string Account = "001000000000000001";
    public const string Opportunity = "006000000000000001";
    public const string Lead = "00Q000000000000001";
    public const string C1 = "003000000000000001";
    public const string C2 = "003000000000000002";
    public const string C3 = "003000000000000003";
    public const string C9 = "003000000000000009";
    public const string W = "701000000000000001";
    public const string P = "701000000000000002";
    public const string E = "701000000000000003";
    public const string D = "701000000000000004";
    public static readonly DateTime AsOf = new(2024, 6, 30, 0, 0, 0, DateTimeKind.Utc);

    private const string CampaignHeader =
        "Id,Name,Type,Status,ParentId,StartDate,EndDate,BudgetedCost,ActualCost,ExpectedRevenue,IsActive," +
        "Marketo_Program_Id__c,CreatedDate," +
        "SystemModstamp,IsDeleted";
    private const string MemberHeader = "Id,CampaignId,LeadId,ContactId,Status,HasResponded,FirstRespondedDate," +
        "CreatedDate,SystemModstamp,IsDeleted";
    private const string LeadHeader =
        "Id,FirstName,LastName,Email,Title,Company,Industry,NumberOfEmployees,Country,LeadSource,Status,OwnerId,Rating," +
        "IsConverted,ConvertedDate," +
        "ConvertedAccountId,ConvertedContactId,ConvertedOpportunityId,Rejection_Reason__c,MasterRecordId,CreatedDate," +
        "LastModifiedDate,SystemModstamp,IsDeleted";
    private const string ContactHeader =
        "Id,AccountId,FirstName,LastName,Email,Title,Department,LeadSource,OwnerId,MasterRecordId,CreatedDate," +
        "SystemModstamp,IsDeleted";
    private const string AccountHeader = "Id,Name,Industry,AnnualRevenue,NumberOfEmployees,BillingCountry,Type,OwnerId," +
        "MasterRecordId,CreatedDate,SystemModstamp,IsDeleted";
    private const string OpportunityHeader =
        "Id,AccountId,Name,StageName,Amount,CurrencyIsoCode,Probability,CloseDate,Type,LeadSource,CampaignId,OwnerId," +
        "IsClosed,IsWon,ForecastCategory," +
        "CreatedDate,SystemModstamp,IsDeleted";
    private const string HistoryHeader = "Id,OpportunityId,StageName,Amount,CloseDate,Probability,ForecastCategory," +
        "CreatedDate,CreatedById,IsDeleted";
    private const string RoleHeader = "Id,OpportunityId,ContactId,Role,IsPrimary,CreatedDate,SystemModstamp,IsDeleted";
    private const string TargetHeader = "Month,Level,TargetFor,Metric,Target";

    /// <summary>O1's creation instant.</summary>
    public static readonly DateTime OpportunityCreated = T(2, 10);

    /// <summary>Writes the exports; without <paramref name="withRoles"/> OpportunityContactRole.csv is left out.</summary>
    public static void Write(string folder, bool withRoles = true)
    {
        var x = new ExportFolder(folder);
        x.AddUser(Rep, "Alex AE", "Account Executives");
        Campaign(x, W, "Webinar W", "Webinar", 2001);
        Campaign(x, P, "Paid Search P", "Paid Search", 2002);
        Campaign(x, E, "Event E", "Trade Show", 2003);
        Campaign(x, D, "Content D", "Content", 2004);
        x.Add("Account.csv", AccountHeader, new()
        {
            ["Id"] = Account, ["Name"] = "Company 1", ["NumberOfEmployees"] = "800", ["BillingCountry"] = "United States",
                ["Type"] = "Customer - Direct",
            ["OwnerId"] = Rep, ["CreatedDate"] = Iso(T(1, 15)), ["SystemModstamp"] = Iso(T(3, 15)), ["IsDeleted"] = "false",
        });
        x.Add("Lead.csv", LeadHeader, new()
        {
            ["Id"] = Lead, ["Title"] = "VP Marketing", ["Company"] = "Company 1", ["LeadSource"] = "Web",
                ["Status"] = "Converted", ["OwnerId"] = Rep,
            ["IsConverted"] = "true", ["ConvertedDate"] = "2024-02-10", ["ConvertedAccountId"] = Account,
                ["ConvertedContactId"] = C1,
            ["ConvertedOpportunityId"] = Opportunity, ["CreatedDate"] = Iso(T(1, 10)), ["SystemModstamp"] = Iso(T(2, 10)),
                ["IsDeleted"] = "false",
        });
        Contact(x, C1, "VP Marketing", T(2, 10));
        Contact(x, C2, "CFO", new DateTime(2023, 12, 1, 9, 0, 0, DateTimeKind.Utc));
        Contact(x, C3, "IT Manager", new DateTime(2023, 12, 1, 9, 0, 0, DateTimeKind.Utc));
        var member = 0;
        void Response(string campaign, string? lead, string? contact, DateTime at) => x.Add("CampaignMember.csv", MemberHeader,
            new()
        {
            ["Id"] = $"00v{++member:D15}", ["CampaignId"] = campaign, ["LeadId"] = lead ?? "", ["ContactId"] = contact ?? "",
                ["Status"] = "Responded",
            ["HasResponded"] = "true", ["FirstRespondedDate"] = at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["CreatedDate"] = Iso(at),
            ["SystemModstamp"] = Iso(at), ["IsDeleted"] = "false",
        });
        Response(W, Lead, null, T(1, 10));
        Response(P, Lead, null, T(2, 1));
        Response(E, null, C2, T(1, 20));
        Response(D, null, C2, T(2, 5));
        Response(D, null, C3, T(1, 25));
        Response(E, null, C1, T(3, 1));
        x.Add("Opportunity.csv", OpportunityHeader, new()
        {
            ["Id"] = Opportunity, ["AccountId"] = Account, ["Name"] = "Company 1 - New", ["StageName"] = "Closed Won",
                ["Amount"] = "12000.00",
            ["CurrencyIsoCode"] = "USD", ["Probability"] = "100", ["CloseDate"] = "2024-03-15", ["Type"] = "New Customer",
                ["OwnerId"] = Rep,
            ["IsClosed"] = "true", ["IsWon"] = "true", ["ForecastCategory"] = "Closed", ["CreatedDate"] = Iso(OpportunityCreated),
            ["SystemModstamp"] = Iso(T(3, 15)), ["IsDeleted"] = "false",
        });
        History(x, "008000000000000001", "Discovery", OpportunityCreated);
        History(x, "008000000000000002", "Closed Won", T(3, 15));
        if (withRoles)
        {
            Role(x, "00K000000000000001", C2, "Economic Buyer", true, T(2, 10), T(2, 10), false);
            Role(x, "00K000000000000002", C1, "Technical Buyer", false, T(1, 25), T(2, 1), false);
            Role(x, "00K000000000000002", C1, "Evaluator", false, T(1, 25), T(1, 25), false);
            Role(x, "00K000000000000003", C3, "Influencer", false, T(2, 12), T(2, 20), true);
            Role(x, "00K000000000000004", C9, "Champion", false, T(2, 12), T(2, 12), false);
        }

        x.Add("Targets.csv", TargetHeader, new() { ["Month"] = "2024-01-01", ["Level"] = "Team",
            ["TargetFor"] = "Account Executives", ["Metric"] = "Opportunities", ["Target"] = "1" });
        x.Write();
    }

    private static void Campaign(ExportFolder x, string id, string name, string type, int program) => x.Add("Campaign.csv",
        CampaignHeader, new()
    {
        ["Id"] = id, ["Name"] = name, ["Type"] = type, ["Status"] = "Completed", ["StartDate"] = "2024-01-01",
            ["EndDate"] = "2024-03-31",
        ["BudgetedCost"] = "1000.00", ["ActualCost"] = "1000.00", ["IsActive"] = "false",
            ["Marketo_Program_Id__c"] = program.ToString(CultureInfo.InvariantCulture),
        ["CreatedDate"] = "2023-12-01T00:00:00.000Z", ["SystemModstamp"] = "2024-04-01T00:00:00.000Z", ["IsDeleted"] = "false",
    });

    private static void Contact(ExportFolder x, string id, string title, DateTime created) => x.Add("Contact.csv",
        ContactHeader, new()
    {
        ["Id"] = id, ["AccountId"] = Account, ["Email"] = $"{id}@company1.example", ["Title"] = title, ["OwnerId"] = Rep,
            ["CreatedDate"] = Iso(created),
        ["SystemModstamp"] = Iso(created), ["IsDeleted"] = "false",
    });

    private static void History(ExportFolder x, string id, string stage, DateTime at) => x.Add("OpportunityHistory.csv",
        HistoryHeader, new()
    {
        ["Id"] = id, ["OpportunityId"] = Opportunity, ["StageName"] = stage, ["Amount"] = "12000.00",
            ["Probability"] = stage == "Closed Won" ? "100" : "10",
        ["CloseDate"] = "2024-03-15", ["CreatedDate"] = Iso(at), ["IsDeleted"] = "false",
    });

    private static void Role(ExportFolder x, string id, string contact, string role, bool primary, DateTime created,
        DateTime modified, bool deleted) =>
        x.Add("OpportunityContactRole.csv", RoleHeader, new()
        {
            ["Id"] = id, ["OpportunityId"] = Opportunity, ["ContactId"] = contact, ["Role"] = role,
                ["IsPrimary"] = primary ? "true" : "false",
            ["CreatedDate"] = Iso(created), ["SystemModstamp"] = Iso(modified), ["IsDeleted"] = deleted ? "true" : "false",
        });

    private static DateTime T(int month, int day) => new(2024, month, day, 14, 0, 0, DateTimeKind.Utc);

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
