using System.Text.RegularExpressions;

namespace Smarketing.Etl.Tests.Generation;

/// <summary>Every id one file mentions exists in the file that owns it, and ids look like the source systems' ids.</summary>
public sealed partial class ExportReferenceTests
{
    private static GeneratedExports Exports => SampleExportsSetUp.Default;

    [TestCase("Lead.csv", "OwnerId", "User.csv", "Id")]
    [TestCase("Lead.csv", "ConvertedAccountId", "Account.csv", "Id")]
    [TestCase("Lead.csv", "ConvertedContactId", "Contact.csv", "Id")]
    [TestCase("Lead.csv", "ConvertedOpportunityId", "Opportunity.csv", "Id")]
    [TestCase("Lead.csv", "MasterRecordId", "Lead.csv", "Id")]
    [TestCase("User.csv", "ManagerId", "User.csv", "Id")]
    [TestCase("LeadHistory.csv", "LeadId", "Lead.csv", "Id")]
    [TestCase("LeadHistory.csv", "CreatedById", "User.csv", "Id")]
    [TestCase("Contact.csv", "AccountId", "Account.csv", "Id")]
    [TestCase("Contact.csv", "OwnerId", "User.csv", "Id")]
    [TestCase("Account.csv", "OwnerId", "User.csv", "Id")]
    [TestCase("Opportunity.csv", "AccountId", "Account.csv", "Id")]
    [TestCase("Opportunity.csv", "CampaignId", "Campaign.csv", "Id")]
    [TestCase("Opportunity.csv", "OwnerId", "User.csv", "Id")]
    [TestCase("OpportunityHistory.csv", "OpportunityId", "Opportunity.csv", "Id")]
    [TestCase("OpportunityHistory.csv", "CreatedById", "User.csv", "Id")]
    [TestCase("Campaign.csv", "ParentId", "Campaign.csv", "Id")]
    [TestCase("CampaignMember.csv", "CampaignId", "Campaign.csv", "Id")]
    [TestCase("CampaignMember.csv", "LeadId", "Lead.csv", "Id")]
    [TestCase("CampaignMember.csv", "ContactId", "Contact.csv", "Id")]
    [TestCase("Task.csv", "OwnerId", "User.csv", "Id")]
    [TestCase("Task.csv", "WhatId", "Opportunity.csv", "Id")]
    [TestCase("MarketoActivities.csv", "leadId", "MarketoLeads.csv", "id")]
    [TestCase("MarketoActivities.csv", "campaignId", "Campaign.csv", "Marketo_Program_Id__c")]
    [TestCase("MarketoLeads.csv", "sfdcLeadId", "Lead.csv", "Id")]
    [TestCase("MarketoLeads.csv", "sfdcContactId", "Contact.csv", "Id")]
    [TestCase("OpportunityContactRole.csv", "OpportunityId", "Opportunity.csv", "Id")]
    [TestCase("OpportunityContactRole.csv", "ContactId", "Contact.csv", "Id")]
    public void Referenced_ids_exist(string file, string column, string ownerFile, string ownerColumn)
    {
        var known = Exports[ownerFile].Ids(ownerColumn);
        var references = Exports[file].Values(column).OfType<string>().ToList();

        Assert.That(references.Where(id => !known.Contains(id)).Distinct().Take(5), Is.Empty, $"{file}.{column} → {ownerFile}.{ownerColumn}");
        Assert.That(references, Is.Not.Empty, $"{file}.{column} is never filled, so the reference is not exercised");
    }

    [Test]
    public void Task_who_is_a_lead_or_a_contact()
    {
        var people = Exports["Lead.csv"].Ids().Concat(Exports["Contact.csv"].Ids()).ToHashSet(StringComparer.Ordinal);

        Assert.That(Exports["Task.csv"].Values("WhoId").Where(id => id is null || !people.Contains(id)), Is.Empty);
    }

    [Test]
    public void Owner_changes_name_users_on_both_sides()
    {
        var users = Exports["User.csv"].Ids();
        var history = Exports["LeadHistory.csv"];
        var changes = history.Where("Field", "Owner").ToList();

        Assert.That(changes, Is.Not.Empty);
        Assert.That(changes.SelectMany(r => new[] { r[history.Column("OldValue")], r[history.Column("NewValue")] }).Where(id => id is null || !users.Contains(id)), Is.Empty);
    }

    [TestCase("User.csv", "005")]
    [TestCase("Lead.csv", "00Q")]
    [TestCase("LeadHistory.csv", "017")]
    [TestCase("Contact.csv", "003")]
    [TestCase("Account.csv", "001")]
    [TestCase("Opportunity.csv", "006")]
    [TestCase("OpportunityHistory.csv", "008")]
    [TestCase("Campaign.csv", "701")]
    [TestCase("CampaignMember.csv", "00v")]
    [TestCase("Task.csv", "00T")]
    [TestCase("OpportunityContactRole.csv", "00K")]
    public void Salesforce_ids_have_the_object_prefix_and_a_valid_case_safe_suffix(string file, string prefix)
    {
        var ids = Exports[file].Values("Id").ToList();

        Assert.That(ids.Where(id => id is null || id.Length != 18 || !id.StartsWith(prefix, StringComparison.Ordinal) || id[15..] != Suffix(id)), Is.Empty);
    }

    [TestCase("User.csv")]
    [TestCase("LeadHistory.csv")]
    [TestCase("Opportunity.csv")]
    [TestCase("CampaignMember.csv")]
    [TestCase("Task.csv")]
    [TestCase("OpportunityContactRole.csv")]
    public void Ids_are_unique_within_a_file(string file)
    {
        var ids = Exports[file].Values("Id").ToList();

        Assert.That(ids.Distinct().Count(), Is.EqualTo(ids.Count));
    }

    [Test]
    public void Marketo_activity_guids_are_unique_and_guid_shaped()
    {
        var guids = Exports["MarketoActivities.csv"].Values("marketoGUID").ToList();

        Assert.That(guids.Distinct().Count(), Is.EqualTo(guids.Count));
        Assert.That(guids.Where(g => g is null || !GuidShape().IsMatch(g)), Is.Empty);
    }

    /// <summary>Salesforce's documented case-safe suffix, computed here independently of the generator.</summary>
    private static string Suffix(string id)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
        return string.Concat(Enumerable.Range(0, 3).Select(chunk =>
            alphabet[Enumerable.Range(0, 5).Sum(i => char.IsUpper(id[(chunk * 5) + i]) ? 1 << i : 0)]));
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex GuidShape();
}
