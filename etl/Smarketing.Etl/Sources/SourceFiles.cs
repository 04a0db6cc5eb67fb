namespace Smarketing.Etl.Sources;

/// <summary>The export files the ETL understands (docs/SOURCES.md), in load order.</summary>
public static class SourceFiles
{
    /// <summary>Salesforce and Marketo exports, and the business's targets file.</summary>
    public static IReadOnlyList<SourceFile> All { get; } =
    [
        new("User.csv", "stg.SalesforceUser", "Salesforce", "SystemModstamp"),
        new("Campaign.csv", "stg.SalesforceCampaign", "Salesforce", "SystemModstamp"),
        new("Account.csv", "stg.SalesforceAccount", "Salesforce", "SystemModstamp"),
        new("Lead.csv", "stg.SalesforceLead", "Salesforce", "SystemModstamp"),
        new("LeadHistory.csv", "stg.SalesforceLeadHistory", "Salesforce", null),
        new("Contact.csv", "stg.SalesforceContact", "Salesforce", "SystemModstamp"),
        new("Opportunity.csv", "stg.SalesforceOpportunity", "Salesforce", "SystemModstamp"),
        new("OpportunityHistory.csv", "stg.SalesforceOpportunityHistory", "Salesforce", null),
        new("CampaignMember.csv", "stg.SalesforceCampaignMember", "Salesforce", "SystemModstamp"),
        new("Task.csv", "stg.SalesforceTask", "Salesforce", "SystemModstamp"),
        new("MarketoLeads.csv", "stg.MarketoLead", "Marketo", "updatedAt"),
        new("MarketoActivities.csv", "stg.MarketoActivity", "Marketo", null),
        new("DatedConversionRate.csv", "stg.SalesforceDatedConversionRate", "Salesforce", null, IsOptional: true),
        new("Targets.csv", "stg.Target", "Business", null),
        new("RepSignIn.csv", "stg.RepSignIn", "Business", null, IsOptional: true),
    ];
}
