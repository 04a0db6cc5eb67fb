namespace Smarketing.Etl.Tests.Generation;

/// <summary>The deals' buying groups in the default sample (2,000 leads): who is in them, in which roles, and how they
/// engaged.</summary>
public sealed class BuyingGroupShapeTests
{
    private static GeneratedExports Exports => SampleExportsSetUp.Default;

    private static ExportTable Roles => Exports["OpportunityContactRole.csv"];

    private static string? Cell(ExportTable table, string?[] row, string column) => row[table.Column(column)];

    /// <summary>New-business opportunity id → its roles (deleted ones too), for the closed deals (an open deal's group still
    /// grows).</summary>
    private static Dictionary<string, List<string?[]>> ClosedDealGroups()
    {
        var opportunities = Exports["Opportunity.csv"];
        var closed = opportunities.Rows.Where(r => Cell(opportunities, r, "Type") == "New Customer" && Cell(opportunities, r,
            "IsClosed") == "true")
            .ToDictionary(r => Cell(opportunities, r, "Id")!, r => Cell(opportunities, r, "IsWon") == "true");
        return Roles.Rows.Where(r => closed.ContainsKey(Cell(Roles, r, "OpportunityId")!))
            .GroupBy(r => Cell(Roles, r, "OpportunityId")!).ToDictionary(g => g.Key, g => g.ToList());
    }

    [Test]
    public void Only_new_business_opportunities_have_contact_roles_and_every_closed_one_has_three_to_seven_with_one_primary()
    {
        var opportunities = Exports["Opportunity.csv"];
        var types = opportunities.Rows.ToDictionary(r => Cell(opportunities, r, "Id")!, r => Cell(opportunities, r, "Type"));
        var groups = ClosedDealGroups();

        Assert.Multiple(() =>
        {
            Assert.That(Roles.Values("OpportunityId").Select(id => types[id!]).Distinct(), Is.EqualTo(new[] { "New Customer" }));
            Assert.That(groups, Is.Not.Empty);
            Assert.That(groups.Values.Select(g => g.Count).Distinct().Order(), Is.SubsetOf(new[] { 3, 4, 5, 6, 7 }));
            Assert.That(groups.Values.Select(g => g.Count(r => Cell(Roles, r, "IsPrimary") == "true")).Distinct(),
                Is.EqualTo(new[] { 1 }));
        });
    }

    [Test]
    public void Won_deals_have_fuller_buying_groups_than_lost_ones()
    {
        var opportunities = Exports["Opportunity.csv"];
        var won = opportunities.Where("IsWon", "true").Select(r => Cell(opportunities, r, "Id")!).ToHashSet();
        var groups = ClosedDealGroups();
        var wonMean = groups.Where(g => won.Contains(g.Key)).Average(g => g.Value.Count);
        var lostMean = groups.Where(g => !won.Contains(g.Key)).Average(g => g.Value.Count);

        Assert.That(wonMean, Is.GreaterThan(lostMean + 0.5), $"won {wonMean:0.00} vs lost {lostMean:0.00} people per deal");
    }

    [TestCase("Economic Buyer", "CFO", "VP Finance", "Controller", "Finance Director")]
    [TestCase("Decision Maker", "CIO", "VP of IT", "Head of IT")]
    [TestCase("Evaluator", "Software Engineer", "Systems Administrator", "Data Analyst", "DevOps Engineer", "Business Analyst",
        "Marketing Specialist")]
    public void A_role_is_held_by_people_of_its_persona(string role, params string[] titles)
    {
        var contacts = Exports["Contact.csv"];
        var titleOf = contacts.Rows.ToDictionary(r => Cell(contacts, r, "Id")!, r => Cell(contacts, r, "Title"));
        var held = Roles.Where("Role", role).Select(r => titleOf[Cell(Roles, r, "ContactId")!]).ToList();

        Assert.That(held, Is.Not.Empty);
        Assert.That(held.Where(t => !titles.Contains(t)).Distinct(), Is.Empty);
    }

    [Test]
    public void Some_added_contacts_are_marketo_people_who_engaged_before_their_deal_was_created()
    {
        // The people added to a group (not the converted lead's contact) and synced from Marketo, with their deal's creation.
        var leads = Exports["Lead.csv"];
        var converted = leads.Ids("ConvertedContactId");
        var opportunities = Exports["Opportunity.csv"];
        var created = opportunities.Rows.ToDictionary(r => Cell(opportunities, r, "Id")!,
            r => DeltaExtracts.Instant(Cell(opportunities, r, "CreatedDate")));
        var dealOf = Roles.Rows.Where(r => !converted.Contains(Cell(Roles, r, "ContactId")!))
            .ToDictionary(r => Cell(Roles, r, "ContactId")!, r => created[Cell(Roles, r, "OpportunityId")!]);
        var marketo = Exports["MarketoLeads.csv"];
        var personOf = marketo.Rows.Where(r => Cell(marketo, r, "sfdcContactId") is { } c && dealOf.ContainsKey(c))
            .ToDictionary(r => Cell(marketo, r, "id")!, r => dealOf[Cell(marketo, r, "sfdcContactId")!]);
        var activities = Exports["MarketoActivities.csv"];
        var before = activities.Rows.Count(r => personOf.TryGetValue(Cell(activities, r, "leadId")!, out var deal)
            && DeltaExtracts.Instant(Cell(activities, r, "activityDate")) < deal);

        Assert.Multiple(() =>
        {
            Assert.That(personOf.Count, Is.GreaterThan(dealOf.Count / 4),
                $"{personOf.Count} of {dealOf.Count} added contacts are Marketo people");
            Assert.That(personOf.Count, Is.LessThan(dealOf.Count));
            Assert.That(before, Is.GreaterThan(personOf.Count / 2), "touches before the deal's creation");
        });
    }
}
