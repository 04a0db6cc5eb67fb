using System.Globalization;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Transforms.Accounts;

/// <summary>
/// Four accounts with known people, touches and outcomes, as of 2024-12-31 (account funnel: Engaged on the 1st touch, MQA = 2
/// people and 3 touches within 30 days; buying groups: Enterprise needs Decision Maker, Economic Buyer and Technical Buyer, Small
/// a Decision Maker, engaged within 30 days up to the close). Touches are Marketo Fill Out Form activities of the Paid Search B
/// program (Paid Media) unless stated; all at 10:00 UTC in 2024.
/// <list type="bullet">
/// <item>A1 (Enterprise, created 01-10): lead P1 (CIO, created 01-05, converted into O1) and contacts P2, P3. Touches P1 01-05,
/// P2 02-01, P1 02-10, P3 02-20 (the 3rd touch within 30 days: 01-22..02-20 holds P2, P1, P3), P1 03-20, P2 04-01, P3 04-10.
/// O1 New Customer created 03-01, won 04-15 (10,000). Roles: P1 Decision Maker (primary), P2 Economic Buyer, P3 Technical
/// Buyer.</item>
/// <item>A2 (Enterprise, created 01-15): lead P4 (CTO, created 01-15, converted into O2) and contact P5. Touches P4 01-15,
/// P5 01-20, P4 02-14 (window 01-16..02-14 no longer holds 01-15: two touches, no MQA), P4 04-20. O2 New Customer created 03-10,
/// lost 05-01.
/// Roles: P4 Decision Maker, P5 Evaluator.</item>
/// <item>A3 (Small, created 02-03): lead P6 (CMO, created 02-01, converted 02-03 without an opportunity), one CRM response to
/// Webinar A (Events) on 02-05.</item>
/// <item>A4 (Small, created 02-10): contact P7 (created 02-12), never touched.</item>
/// </list>
/// </summary>
internal static class AccountFixture
{
    public const string Rep = "005000000000000001";
    public static readonly DateTime AsOf = new(2024, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    private const string CampaignHeader =
        "Id,Name,Type,Status,ParentId,StartDate,EndDate,BudgetedCost,ActualCost,ExpectedRevenue,IsActive," +
        "Marketo_Program_Id__c,CreatedDate,SystemModstamp,IsDeleted";
    private const string MemberHeader =
        "Id,CampaignId,LeadId,ContactId,Status,HasResponded,FirstRespondedDate,CreatedDate,SystemModstamp," +
        "IsDeleted";
    private const string LeadHeader =
        "Id,FirstName,LastName,Email,Title,Company,Industry,NumberOfEmployees,Country,LeadSource,Status," +
        "OwnerId,Rating,IsConverted,ConvertedDate,ConvertedAccountId,ConvertedContactId," +
        "ConvertedOpportunityId,Rejection_Reason__c,MasterRecordId,CreatedDate,LastModifiedDate," +
        "SystemModstamp,IsDeleted";
    private const string ContactHeader =
        "Id,AccountId,FirstName,LastName,Email,Title,Department,LeadSource,OwnerId,MasterRecordId,CreatedDate," +
        "SystemModstamp,IsDeleted";
    private const string AccountHeader =
        "Id,Name,Industry,AnnualRevenue,NumberOfEmployees,BillingCountry,Type,OwnerId,MasterRecordId," +
        "CreatedDate,SystemModstamp,IsDeleted";
    private const string OpportunityHeader =
        "Id,AccountId,Name,StageName,Amount,CurrencyIsoCode,Probability,CloseDate,Type,LeadSource,CampaignId," +
        "OwnerId,IsClosed,IsWon,ForecastCategory,CreatedDate,SystemModstamp,IsDeleted";
    private const string HistoryHeader =
        "Id,OpportunityId,StageName,Amount,CloseDate,Probability,ForecastCategory,CreatedDate,CreatedById," +
        "IsDeleted";
    private const string RoleHeader = "Id,OpportunityId,ContactId,Role,IsPrimary,CreatedDate,SystemModstamp,IsDeleted";
    private const string MarketoLeadHeader =
        "id,email,sfdcLeadId,sfdcContactId,sfdcType,title,company,leadScore,createdAt,updatedAt";
    private const string ActivityHeader =
        "marketoGUID,leadId,activityDate,activityTypeId,campaignId,primaryAttributeValueId," +
        "primaryAttributeValue,attributes";

    private const string WebinarA = "701000000000000001";
    private const string PaidSearchB = "701000000000000002";

    public static string Account(int n) => $"001{n:D15}";

    public static string Opportunity(int n) => $"006{n:D15}";

    /// <summary>The shipped configuration with the fixture's thresholds and buying groups.</summary>
    public static LoadedConfiguration Configuration()
    {
        var configuration = ConfigurationLoader.Load(null);
        var c = configuration.Value;
        c.AccountFunnel = new AccountFunnelConfiguration
        {
            EngagedMinTouches = 1, MqaWindowDays = 30, MqaMinPeople = 2, MqaMinTouches = 3,
        };
        c.BuyingGroups = new BuyingGroupConfiguration
        {
            EngagementWindowDays = 30,
            DefaultRoles = ["Decision Maker"],
            SegmentRoles = new(StringComparer.Ordinal)
            {
                ["Enterprise (1000+)"] = ["Decision Maker", "Economic Buyer", "Technical Buyer"],
            },
        };
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
        Campaign(x, WebinarA, "Webinar A", "Webinar", 2001);
        Campaign(x, PaidSearchB, "Paid Search B", "Paid Search", 2002);
        AccountRow(x, 1, 2000, D(1, 10));
        AccountRow(x, 2, 5000, D(1, 15));
        AccountRow(x, 3, 20, D(2, 3));
        AccountRow(x, 4, 30, D(2, 10));

        Lead(x, 1, "CIO", D(1, 5), 1, D(3, 1), Opportunity(1));
        Contact(x, 2, 1, "CFO", D(1, 20));
        Contact(x, 3, 1, "Data Engineer", D(1, 22));
        Lead(x, 4, "CTO", D(1, 15), 2, D(3, 10), Opportunity(2));
        Contact(x, 5, 2, "Data Analyst", D(1, 18));
        Lead(x, 6, "CMO", D(2, 1), 3, D(2, 3), null);
        Contact(x, 7, 4, "Administrator", D(2, 12));

        (int Person, DateTime At)[] touches =
        [
            (1, D(1, 5)), (2, D(2, 1)), (1, D(2, 10)), (3, D(2, 20)), (1, D(3, 20)), (2, D(4, 1)), (3, D(4, 10)),
            (4, D(1, 15)), (5, D(1, 20)), (4, D(2, 14)), (4, D(4, 20)),
        ];
        var activity = 0;
        foreach (var (person, at) in touches)
        {
            x.Add("MarketoActivities.csv", ActivityHeader, new()
            {
                ["marketoGUID"] = $"00000000-0000-0000-0000-{++activity:D12}",
                ["leadId"] = MarketoId(person).ToString(CultureInfo.InvariantCulture),
                ["activityDate"] = Iso(at), ["activityTypeId"] = "2", ["campaignId"] = "2002",
                ["primaryAttributeValue"] = "Demo request",
            });
        }

        x.Add("CampaignMember.csv", MemberHeader, new()
        {
            ["Id"] = "00v000000000000001", ["CampaignId"] = WebinarA, ["LeadId"] = Person(6), ["Status"] = "Attended",
            ["HasResponded"] = "true",
            ["FirstRespondedDate"] = "2024-02-05", ["CreatedDate"] = Iso(D(2, 4)), ["SystemModstamp"] = Iso(D(2, 5)),
            ["IsDeleted"] = "false",
        });

        Deal(x, 1, 1, 10000m, D(3, 1), D(4, 15), won: true);
        Deal(x, 2, 2, 20000m, D(3, 10), D(5, 1), won: false);
        Role(x, 1, 1, 1, "Decision Maker", primary: true);
        Role(x, 2, 1, 2, "Economic Buyer", primary: false);
        Role(x, 3, 1, 3, "Technical Buyer", primary: false);
        Role(x, 4, 2, 4, "Decision Maker", primary: true);
        Role(x, 5, 2, 5, "Evaluator", primary: false);
        x.Write();
    }

    /// <summary>Person n: lead 00Q…n (P1, P4, P6) or contact 003…n; a converted lead's contact is 003…n too.</summary>
    private static string Person(int n) => n is 1 or 4 or 6 ? $"00Q{n:D15}" : ContactId(n);

    private static string ContactId(int n) => $"003{n:D15}";

    private static int MarketoId(int n) => 1000 + n;

    private static void Lead(
        ExportFolder x, int n, string title, DateTime created, int account, DateTime converted, string? opportunity)
    {
        x.Add("Lead.csv", LeadHeader, new()
        {
            ["Id"] = Person(n), ["Title"] = title, ["Company"] = $"Company {account}", ["LeadSource"] = "Web",
            ["Status"] = "Converted",
            ["OwnerId"] = Rep, ["IsConverted"] = "true", ["ConvertedDate"] = Day(converted),
            ["ConvertedAccountId"] = Account(account),
            ["ConvertedContactId"] = ContactId(n), ["ConvertedOpportunityId"] = opportunity ?? "", ["CreatedDate"] = Iso(created),
            ["SystemModstamp"] = Iso(converted), ["IsDeleted"] = "false",
        });
        x.Add("Contact.csv", ContactHeader, new()
        {
            ["Id"] = ContactId(n), ["AccountId"] = Account(account), ["Title"] = title, ["OwnerId"] = Rep,
            ["CreatedDate"] = Iso(converted),
            ["SystemModstamp"] = Iso(converted), ["IsDeleted"] = "false",
        });
        MarketoLead(x, n, sfdcLeadId: Person(n), sfdcContactId: "", title, created);
    }

    private static void Contact(ExportFolder x, int n, int account, string title, DateTime created)
    {
        x.Add("Contact.csv", ContactHeader, new()
        {
            ["Id"] = ContactId(n), ["AccountId"] = Account(account), ["Title"] = title, ["OwnerId"] = Rep,
            ["CreatedDate"] = Iso(created),
            ["SystemModstamp"] = Iso(created), ["IsDeleted"] = "false",
        });
        MarketoLead(x, n, sfdcLeadId: "", sfdcContactId: ContactId(n), title, created);
    }

    private static void MarketoLead(
        ExportFolder x, int n, string sfdcLeadId, string sfdcContactId, string title, DateTime created) =>
        x.Add("MarketoLeads.csv", MarketoLeadHeader, new()
        {
            ["id"] = MarketoId(n).ToString(CultureInfo.InvariantCulture), ["email"] = $"p{n}@example.com",
            ["sfdcLeadId"] = sfdcLeadId,
            ["sfdcContactId"] = sfdcContactId, ["sfdcType"] = sfdcLeadId.Length > 0 ? "Lead" : "Contact", ["title"] = title,
            ["createdAt"] = Iso(created), ["updatedAt"] = Iso(created),
        });

    private static void Campaign(ExportFolder x, string id, string name, string type, int program) =>
        x.Add("Campaign.csv", CampaignHeader, new()
        {
            ["Id"] = id, ["Name"] = name, ["Type"] = type, ["Status"] = "Completed", ["StartDate"] = "2024-01-01",
            ["EndDate"] = "2024-06-30",
            ["BudgetedCost"] = "1000.00", ["ActualCost"] = "1000.00", ["IsActive"] = "false",
            ["Marketo_Program_Id__c"] = program.ToString(CultureInfo.InvariantCulture),
            ["CreatedDate"] = "2023-12-01T00:00:00.000Z",
            ["SystemModstamp"] = "2023-12-01T00:00:00.000Z", ["IsDeleted"] = "false",
        });

    private static void AccountRow(ExportFolder x, int n, int employees, DateTime created) =>
        x.Add("Account.csv", AccountHeader, new()
        {
            ["Id"] = Account(n), ["Name"] = $"Company {n}",
            ["NumberOfEmployees"] = employees.ToString(CultureInfo.InvariantCulture),
            ["BillingCountry"] = "United States", ["Type"] = "Prospect", ["OwnerId"] = Rep, ["CreatedDate"] = Iso(created),
            ["SystemModstamp"] = Iso(created), ["IsDeleted"] = "false",
        });

    private static void Deal(ExportFolder x, int n, int account, decimal amount, DateTime created, DateTime closed, bool won)
    {
        var stage = won ? "Closed Won" : "Closed Lost";
        x.Add("Opportunity.csv", OpportunityHeader, new()
        {
            ["Id"] = Opportunity(n), ["AccountId"] = Account(account), ["Name"] = $"Company {account} - New",
            ["StageName"] = stage,
            ["Amount"] = Money(amount), ["CurrencyIsoCode"] = "USD", ["Probability"] = won ? "100" : "0",
            ["CloseDate"] = Day(closed),
            ["Type"] = "New Customer", ["CampaignId"] = PaidSearchB, ["OwnerId"] = Rep, ["IsClosed"] = "true",
            ["IsWon"] = won ? "true" : "false",
            ["ForecastCategory"] = won ? "Closed" : "Omitted", ["CreatedDate"] = Iso(created), ["SystemModstamp"] = Iso(closed),
            ["IsDeleted"] = "false",
        });
        x.Add("OpportunityHistory.csv", HistoryHeader, new()
        {
            ["Id"] = $"008{n:D15}", ["OpportunityId"] = Opportunity(n), ["StageName"] = "Discovery", ["Amount"] = Money(amount),
            ["Probability"] = "10", ["CloseDate"] = Day(closed), ["CreatedDate"] = Iso(created), ["IsDeleted"] = "false",
        });
        x.Add("OpportunityHistory.csv", HistoryHeader, new()
        {
            ["Id"] = $"00H{n:D15}", ["OpportunityId"] = Opportunity(n), ["StageName"] = stage, ["Amount"] = Money(amount),
            ["Probability"] = won ? "100" : "0", ["CloseDate"] = Day(closed), ["CreatedDate"] = Iso(closed),
            ["IsDeleted"] = "false",
        });
    }

    private static void Role(ExportFolder x, int n, int opportunity, int person, string role, bool primary) =>
        x.Add("OpportunityContactRole.csv", RoleHeader, new()
        {
            ["Id"] = $"00K{n:D15}", ["OpportunityId"] = Opportunity(opportunity), ["ContactId"] = ContactId(person),
            ["Role"] = role,
            ["IsPrimary"] = primary ? "true" : "false", ["CreatedDate"] = "2024-03-01T10:00:00.000Z",
            ["SystemModstamp"] = "2024-03-01T10:00:00.000Z",
            ["IsDeleted"] = "false",
        });

    private static DateTime D(int month, int day) => new(2024, month, day, 10, 0, 0, DateTimeKind.Utc);

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Day(DateTime t) => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
