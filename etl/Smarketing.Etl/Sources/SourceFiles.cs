namespace Smarketing.Etl.Sources;

/// <summary>The export files the ETL understands and the contract of each (docs/SOURCES.md), in load order.</summary>
public static class SourceFiles
{
    /// <summary>Salesforce and Marketo exports, and the business's targets file. Required columns: the key, the version column
    /// (which orders an entity's versions), and what the transforms read to place a row in the funnel (a lead's status and
    /// creation, an opportunity's stage, amount and dates, a history row's field and time, an activity's lead, type and time).</summary>
    public static IReadOnlyList<SourceFile> All { get; } =
    [
        new("User.csv", "stg.SalesforceUser", "Salesforce", "SystemModstamp", new(["Id", "Name", "SystemModstamp"])),
        new("Campaign.csv", "stg.SalesforceCampaign", "Salesforce", "SystemModstamp",
            new(["Id", "Name", "Type", "SystemModstamp"], AmountColumns: ["BudgetedCost", "ActualCost", "ExpectedRevenue"])),
        new("Account.csv", "stg.SalesforceAccount", "Salesforce", "SystemModstamp", new(["Id", "SystemModstamp"], AmountColumns: ["AnnualRevenue"])),
        new("Lead.csv", "stg.SalesforceLead", "Salesforce", "SystemModstamp",
            new(["Id", "Status", "CreatedDate", "SystemModstamp"], RequiredInFullExtract: true, DerivedColumns: ["EmailHash", "EmailDomain"])),
        new("LeadHistory.csv", "stg.SalesforceLeadHistory", "Salesforce", null, new(["Id", "LeadId", "Field", "NewValue", "CreatedDate"])),
        new("Contact.csv", "stg.SalesforceContact", "Salesforce", "SystemModstamp",
            new(["Id", "SystemModstamp"], DerivedColumns: ["EmailHash", "EmailDomain"])),
        new("Opportunity.csv", "stg.SalesforceOpportunity", "Salesforce", "SystemModstamp",
            new(["Id", "StageName", "Amount", "CloseDate", "CreatedDate", "SystemModstamp"], AmountColumns: ["Amount"])),
        new("OpportunityHistory.csv", "stg.SalesforceOpportunityHistory", "Salesforce", null,
            new(["Id", "OpportunityId", "StageName", "CreatedDate"], AmountColumns: ["Amount"])),
        new("OpportunityContactRole.csv", "stg.SalesforceOpportunityContactRole", "Salesforce", "SystemModstamp",
            new(["Id", "OpportunityId", "ContactId", "SystemModstamp"]), IsOptional: true),
        new("CampaignMember.csv", "stg.SalesforceCampaignMember", "Salesforce", "SystemModstamp",
            new(["Id", "CampaignId", "CreatedDate", "SystemModstamp"])),
        new("Task.csv", "stg.SalesforceTask", "Salesforce", "SystemModstamp", new(["Id", "WhoId", "CreatedDate", "SystemModstamp"])),
        new("MarketoLeads.csv", "stg.MarketoLead", "Marketo", "updatedAt", new(["id", "updatedAt"])),
        new("MarketoActivities.csv", "stg.MarketoActivity", "Marketo", null, new(["marketoGUID", "leadId", "activityDate", "activityTypeId"],
            DerivedColumns: ["scoreDelta"])),
        new("DatedConversionRate.csv", "stg.SalesforceDatedConversionRate", "Salesforce", null,
            new(["Id", "IsoCode", "ConversionRate", "StartDate"]), IsOptional: true),
        new("Targets.csv", "stg.Target", "Business", null, new(["Month", "Level", "TargetFor", "Metric", "Target"])),
        new("RepSignIn.csv", "stg.RepSignIn", "Business", null, new(["SalesforceUserId", "SignInName"]), IsOptional: true),
    ];
}
