namespace Smarketing.Etl.Tests.Generation;

/// <summary>The prospect accounts (target accounts that never get a deal) in the default sample, and that appending them leaves
/// every other row of every file unchanged.</summary>
public sealed class ProspectAccountShapeTests
{
    private static GeneratedExports Exports => SampleExportsSetUp.Default;

    private static string? Cell(ExportTable table, string?[] row, string column) => row[table.Column(column)];

    /// <summary>The accounts no converted lead created: the prospect accounts.</summary>
    private static HashSet<string> ProspectAccountIds()
    {
        var converted = Exports["Lead.csv"].Ids("ConvertedAccountId");
        return Exports["Account.csv"].Values("Id").Where(id => !converted.Contains(id!)).Select(id => id!).ToHashSet();
    }

    [Test]
    public void About_one_prospect_account_per_1_2_converted_accounts_each_of_type_prospect_with_one_to_four_contacts()
    {
        var accounts = Exports["Account.csv"];
        var prospects = ProspectAccountIds();
        var contacts = Exports["Contact.csv"];
        var perAccount = contacts.Rows.Where(r => prospects.Contains(Cell(contacts, r, "AccountId")!))
            .GroupBy(r => Cell(contacts, r, "AccountId")!).ToDictionary(g => g.Key, g => g.Count());
        var converted = accounts.Rows.Count - prospects.Count;

        Assert.Multiple(() =>
        {
            Assert.That(prospects.Count, Is.InRange((int)(converted / 1.2 * 0.9), (int)(converted / 1.2 * 1.1) + 1));
            Assert.That(accounts.Rows.Where(r => prospects.Contains(Cell(accounts, r, "Id")!))
                .Select(r => Cell(accounts, r, "Type")).Distinct(), Is.EqualTo(new[] { "Prospect" }));
            Assert.That(perAccount.Count, Is.GreaterThan(prospects.Count * 9 / 10), "prospect accounts with contacts");
            Assert.That(perAccount.Values.Distinct().Order(), Is.SubsetOf(new[] { 1, 2, 3, 4 }));
        });
    }

    [Test]
    public void No_prospect_account_has_an_opportunity_a_lead_or_a_contact_role()
    {
        var prospects = ProspectAccountIds();
        var contacts = Exports["Contact.csv"];
        var prospectContacts = contacts.Rows.Where(r => prospects.Contains(Cell(contacts, r, "AccountId")!))
            .Select(r => Cell(contacts, r, "Id")!).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(Exports["Opportunity.csv"].Values("AccountId").Where(id => prospects.Contains(id!)), Is.Empty);
            Assert.That(Exports["Lead.csv"].Values("ConvertedContactId").Where(id => id is not null && prospectContacts.Contains(id)),
                Is.Empty);
            Assert.That(Exports["OpportunityContactRole.csv"].Values("ContactId").Where(id => prospectContacts.Contains(id!)),
                Is.Empty);
        });
    }

    [Test]
    public void Some_prospect_accounts_have_marketo_people_with_touches_and_some_never_engage()
    {
        var prospects = ProspectAccountIds();
        var contacts = Exports["Contact.csv"];
        var accountOf = contacts.Rows.Where(r => prospects.Contains(Cell(contacts, r, "AccountId")!))
            .ToDictionary(r => Cell(contacts, r, "Id")!, r => Cell(contacts, r, "AccountId")!);
        var marketo = Exports["MarketoLeads.csv"];
        var personAccount = marketo.Rows.Where(r => Cell(marketo, r, "sfdcContactId") is { } c && accountOf.ContainsKey(c))
            .ToDictionary(r => Cell(marketo, r, "id")!, r => accountOf[Cell(marketo, r, "sfdcContactId")!]);
        var activities = Exports["MarketoActivities.csv"];
        var touched = activities.Rows.Where(r => personAccount.ContainsKey(Cell(activities, r, "leadId")!))
            .GroupBy(r => personAccount[Cell(activities, r, "leadId")!])
            .ToDictionary(g => g.Key, g => g.Select(r => Cell(activities, r, "leadId")).Distinct().Count());

        Assert.Multiple(() =>
        {
            Assert.That(touched.Count, Is.InRange(prospects.Count * 4 / 10, prospects.Count * 8 / 10), "accounts with touches");
            Assert.That(touched.Values.Count(people => people >= 2), Is.GreaterThan(prospects.Count / 5),
                "accounts with touches by two or more people");
            Assert.That(touched.Values.Count(people => people == 1), Is.GreaterThan(prospects.Count / 5),
                "accounts with touches by one person");
        });
    }

    [Test]
    public void Appending_them_leaves_every_other_row_of_every_file_byte_identical()
    {
        using var without = new GeneratedExports(leads: 150, seed: 12, prospectAccounts: false);
        using var with = new GeneratedExports(leads: 150, seed: 12);
        var grown = new List<string>();
        foreach (var file in Directory.GetFiles(without.Directory).Select(Path.GetFileName).Order())
        {
            var before = File.ReadAllBytes(Path.Combine(without.Directory, file!));
            var after = File.ReadAllBytes(Path.Combine(with.Directory, file!));
            Assert.That(after.AsSpan(0, Math.Min(before.Length, after.Length)).SequenceEqual(before), Is.True,
                $"{file}: the rows without the prospect accounts are a prefix of the file with them");
            if (after.Length > before.Length)
            {
                grown.Add(file!);
            }
        }

        Assert.That(grown, Is.EqualTo(new[] { "Account.csv", "Contact.csv", "MarketoActivities.csv", "MarketoLeads.csv" }));
    }
}
