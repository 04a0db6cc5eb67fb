namespace Smarketing.Etl.Sources.Mapping;

/// <summary>The canonical entities in the order a mapping is applied (leads before the rows that point at them). Headers are
/// the contract of docs/SOURCES.md; a test checks them against the staging tables.</summary>
public static class CanonicalEntities
{
    private static readonly string[] Stamp = ["CreatedDate", "SystemModstamp"];

    /// <summary>Salesforce users (reps, marketers, managers).</summary>
    public static CanonicalEntity Users { get; } = new("users", "User.csv",
        ["Id", "Name", "Email", "IsActive", "UserRoleId", "ManagerId", "TimeZoneSidKey", "Department", "Title", "CreatedDate", "SystemModstamp"], "005", [], Stamp);

    /// <summary>Accounts.</summary>
    public static CanonicalEntity Accounts { get; } = new("accounts", "Account.csv",
        ["Id", "Name", "Industry", "AnnualRevenue", "NumberOfEmployees", "BillingCountry", "Type", "OwnerId", "MasterRecordId", "CreatedDate", "SystemModstamp", "IsDeleted"], "001", [], Stamp);

    /// <summary>Campaigns.</summary>
    public static CanonicalEntity Campaigns { get; } = new("campaigns", "Campaign.csv",
        ["Id", "Name", "Type", "Status", "ParentId", "StartDate", "EndDate", "BudgetedCost", "ActualCost", "ExpectedRevenue", "IsActive", "Marketo_Program_Id__c", "CreatedDate", "SystemModstamp", "IsDeleted"],
        "701", ["StartDate", "EndDate"], Stamp);

    /// <summary>Leads.</summary>
    public static CanonicalEntity Leads { get; } = new("leads", "Lead.csv",
        ["Id", "FirstName", "LastName", "Email", "Title", "Company", "Industry", "NumberOfEmployees", "Country", "LeadSource", "Status", "OwnerId", "Rating", "IsConverted",
         "ConvertedDate", "ConvertedAccountId", "ConvertedContactId", "ConvertedOpportunityId", "Rejection_Reason__c", "MasterRecordId", "CreatedDate", "LastModifiedDate", "SystemModstamp", "IsDeleted"],
        "00Q", ["ConvertedDate"], ["CreatedDate", "LastModifiedDate", "SystemModstamp"]);

    /// <summary>Lead status and owner changes.</summary>
    public static CanonicalEntity StageChanges { get; } = new("stageChanges", "LeadHistory.csv",
        ["Id", "LeadId", "Field", "OldValue", "NewValue", "CreatedDate", "CreatedById", "IsDeleted"], "017", [], ["CreatedDate"])
    {
        StageColumns = ("NewValue", "OldValue", "CreatedDate"),
    };

    /// <summary>Contacts.</summary>
    public static CanonicalEntity Contacts { get; } = new("contacts", "Contact.csv",
        ["Id", "AccountId", "FirstName", "LastName", "Email", "Title", "Department", "LeadSource", "OwnerId", "MasterRecordId", "CreatedDate", "SystemModstamp", "IsDeleted"], "003", [], Stamp);

    /// <summary>Opportunities (deals).</summary>
    public static CanonicalEntity Opportunities { get; } = new("opportunities", "Opportunity.csv",
        ["Id", "AccountId", "Name", "StageName", "Amount", "CurrencyIsoCode", "Probability", "CloseDate", "Type", "LeadSource", "CampaignId", "OwnerId", "IsClosed", "IsWon",
         "ForecastCategory", "CreatedDate", "SystemModstamp", "IsDeleted"], "006", ["CloseDate"], Stamp);

    /// <summary>Opportunity stage changes.</summary>
    public static CanonicalEntity OpportunityStageChanges { get; } = new("opportunityStageChanges", "OpportunityHistory.csv",
        ["Id", "OpportunityId", "StageName", "Amount", "CloseDate", "Probability", "ForecastCategory", "CreatedDate", "CreatedById", "IsDeleted"], "008", ["CloseDate"], ["CreatedDate"])
    {
        StageColumns = ("StageName", null, "CreatedDate"),
    };

    /// <summary>The contacts on an opportunity and their role (decision maker, champion …): optional, read by buying-group
    /// reports; without it every deal has only the lead it was converted from.</summary>
    public static CanonicalEntity OpportunityContactRoles { get; } = new("opportunityContactRoles", "OpportunityContactRole.csv",
        ["Id", "OpportunityId", "ContactId", "Role", "IsPrimary", "CreatedDate", "SystemModstamp", "IsDeleted"], "00K", [], Stamp);

    /// <summary>Campaign members (responses).</summary>
    public static CanonicalEntity CampaignMembers { get; } = new("campaignMembers", "CampaignMember.csv",
        ["Id", "CampaignId", "LeadId", "ContactId", "Status", "HasResponded", "FirstRespondedDate", "CreatedDate", "SystemModstamp", "IsDeleted"], "00v", ["FirstRespondedDate"], Stamp);

    /// <summary>Sales tasks (calls, e-mails).</summary>
    public static CanonicalEntity Tasks { get; } = new("tasks", "Task.csv",
        ["Id", "WhoId", "WhatId", "OwnerId", "Subject", "TaskSubtype", "Type", "Status", "ActivityDate", "CreatedDate", "SystemModstamp", "IsDeleted"], "00T", ["ActivityDate"], Stamp);

    /// <summary>Marketing activities in the Marketo activity-extract layout; <c>leadId</c> is mapped to the CRM lead id and
    /// translated to a numeric Marketo lead id (with a MarketoLeads.csv row linking the two).</summary>
    public static CanonicalEntity Activities { get; } = new("activities", "MarketoActivities.csv",
        ["marketoGUID", "leadId", "activityDate", "activityTypeId", "campaignId", "primaryAttributeValueId", "primaryAttributeValue", "attributes"], null, [], ["activityDate"]);

    /// <summary>The Marketo leads file the mapping derives from Lead.csv when activities are mapped (never mapped directly).</summary>
    public static IReadOnlyList<string> MarketoLeadColumns { get; } =
        ["id", "email", "sfdcLeadId", "sfdcContactId", "sfdcType", "title", "company", "leadScore", "createdAt", "updatedAt"];

    /// <summary>All mappable entities, in the order they are applied.</summary>
    public static IReadOnlyList<CanonicalEntity> All { get; } =
        [
            Users, Accounts, Campaigns, Leads, StageChanges, Contacts, Opportunities, OpportunityStageChanges, OpportunityContactRoles,
            CampaignMembers, Tasks, Activities,
        ];
}
