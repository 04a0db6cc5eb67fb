namespace Smarketing.Generation;

/// <summary>One id sequence per Salesforce object, with the key prefixes of docs/SOURCES.md.</summary>
internal sealed class SalesforceIds
{
    public SalesforceIdSequence Users { get; } = new("005");

    public SalesforceIdSequence Leads { get; } = new("00Q");

    public SalesforceIdSequence FieldHistory { get; } = new("017");

    public SalesforceIdSequence Contacts { get; } = new("003");

    public SalesforceIdSequence Accounts { get; } = new("001");

    public SalesforceIdSequence Opportunities { get; } = new("006");

    public SalesforceIdSequence OpportunityHistory { get; } = new("008");

    public SalesforceIdSequence Campaigns { get; } = new("701");

    public SalesforceIdSequence CampaignMembers { get; } = new("00v");

    public SalesforceIdSequence Tasks { get; } = new("00T");

    public SalesforceIdSequence OpportunityContactRoles { get; } = new("00K");
}
