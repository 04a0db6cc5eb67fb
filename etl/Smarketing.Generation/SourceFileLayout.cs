namespace Smarketing.Generation;

/// <summary>
/// The export files (thirteen from the source systems, and the business's targets) and their headers exactly as docs/SOURCES.md
/// fixes them (the contract with the readers).
/// </summary>
internal static class SourceFileLayout
{
    public static readonly string[] User =
        ["Id", "Name", "Email", "IsActive", "UserRoleId", "ManagerId", "TimeZoneSidKey", "Department", "Title", "CreatedDate", "SystemModstamp"];

    public static readonly string[] Lead =
        ["Id", "FirstName", "LastName", "Email", "Title", "Company", "Industry", "NumberOfEmployees", "Country", "LeadSource", "Status",
         "OwnerId", "Rating", "IsConverted", "ConvertedDate", "ConvertedAccountId", "ConvertedContactId", "ConvertedOpportunityId",
         "Rejection_Reason__c", "MasterRecordId", "CreatedDate", "LastModifiedDate", "SystemModstamp", "IsDeleted"];

    public static readonly string[] LeadHistory =
        ["Id", "LeadId", "Field", "OldValue", "NewValue", "CreatedDate", "CreatedById", "IsDeleted"];

    public static readonly string[] Contact =
        ["Id", "AccountId", "FirstName", "LastName", "Email", "Title", "Department", "LeadSource", "OwnerId", "MasterRecordId",
         "CreatedDate", "SystemModstamp", "IsDeleted"];

    public static readonly string[] Account =
        ["Id", "Name", "Industry", "AnnualRevenue", "NumberOfEmployees", "BillingCountry", "Type", "OwnerId", "MasterRecordId",
         "CreatedDate", "SystemModstamp", "IsDeleted"];

    public static readonly string[] Opportunity =
        ["Id", "AccountId", "Name", "StageName", "Amount", "CurrencyIsoCode", "Probability", "CloseDate", "Type", "LeadSource",
         "CampaignId", "OwnerId", "IsClosed", "IsWon", "ForecastCategory", "CreatedDate", "SystemModstamp", "IsDeleted"];

    public static readonly string[] OpportunityHistory =
        ["Id", "OpportunityId", "StageName", "Amount", "CloseDate", "Probability", "ForecastCategory", "CreatedDate", "CreatedById", "IsDeleted"];

    public static readonly string[] Campaign =
        ["Id", "Name", "Type", "Status", "ParentId", "StartDate", "EndDate", "BudgetedCost", "ActualCost", "ExpectedRevenue", "IsActive",
         "Marketo_Program_Id__c", "CreatedDate", "SystemModstamp", "IsDeleted"];

    public static readonly string[] CampaignMember =
        ["Id", "CampaignId", "LeadId", "ContactId", "Status", "HasResponded", "FirstRespondedDate", "CreatedDate", "SystemModstamp", "IsDeleted"];

    public static readonly string[] Task =
        ["Id", "WhoId", "WhatId", "OwnerId", "Subject", "TaskSubtype", "Type", "Status", "ActivityDate", "CreatedDate", "SystemModstamp", "IsDeleted"];

    public static readonly string[] MarketoActivities =
        ["marketoGUID", "leadId", "activityDate", "activityTypeId", "campaignId", "primaryAttributeValueId", "primaryAttributeValue", "attributes"];

    public static readonly string[] MarketoLeads =
        ["id", "email", "sfdcLeadId", "sfdcContactId", "sfdcType", "title", "company", "leadScore", "createdAt", "updatedAt"];

    public static readonly string[] Targets = ["Month", "Level", "TargetFor", "Metric", "Target"];

    public static readonly string[] OpportunityContactRole =
        ["Id", "OpportunityId", "ContactId", "Role", "IsPrimary", "CreatedDate", "SystemModstamp", "IsDeleted"];

    /// <summary>File name → header, in the order of docs/SOURCES.md.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string[]>> Files =
    [
        new("User.csv", User), new("Lead.csv", Lead), new("LeadHistory.csv", LeadHistory), new("Contact.csv", Contact),
        new("Account.csv", Account), new("Opportunity.csv", Opportunity), new("OpportunityHistory.csv", OpportunityHistory),
        new("Campaign.csv", Campaign), new("CampaignMember.csv", CampaignMember), new("Task.csv", Task),
        new("MarketoActivities.csv", MarketoActivities), new("MarketoLeads.csv", MarketoLeads), new("Targets.csv", Targets),
        new("OpportunityContactRole.csv", OpportunityContactRole),
    ];
}
