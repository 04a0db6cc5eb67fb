using Dapper;
using Smarketing.Etl.Sources.Mapping;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>Issue 16 gap 8: a deal linked to several contacts. A CRM file of the people on each deal maps onto
/// OpportunityContactRole.csv, which is staged like the other Salesforce files.</summary>
public class OpportunityContactRoleMappingTests
{
    private const string Mapping = """
        {
          "leads": { "file": "leads.csv", "columns": { "Id": { "id": { "from": [ "ref" ] } }, "Email": "email", "Status": { "constant": "Open - Inquiry" },
            "CreatedDate": "created", "SystemModstamp": "created" } },
          "contacts": { "file": "deal_people.csv", "columns": { "Id": { "id": { "prefix": "003", "from": [ "email" ] } }, "Email": "email",
            "SystemModstamp": "added" } },
          "opportunities": { "file": "deals.csv", "columns": { "Id": { "id": { "prefix": "006", "from": [ "deal" ] } }, "Name": "deal",
            "StageName": { "constant": "Discovery" }, "Amount": "amount", "CloseDate": "close", "CreatedDate": "opened", "SystemModstamp": "opened" } },
          "opportunityContactRoles": { "file": "deal_people.csv", "columns": {
            "OpportunityId": { "id": { "prefix": "006", "from": [ "deal" ] } },
            "ContactId": { "id": { "prefix": "003", "from": [ "email" ] } },
            "Role": { "column": "role", "valueMap": { "buyer": "Economic Buyer", "tech": "Technical Buyer", "": "Other" }, "passthrough": true },
            "IsPrimary": { "column": "primary", "valueMap": { "yes": "true", "": "false" } },
            "CreatedDate": "added", "SystemModstamp": "added" } }
        }
        """;

    // D1 has three people (ann the primary buyer, bob technical, cid with no role); D2 has ann again as a Champion (passed
    // through). bob's D1 row is exported twice.
    private static readonly (string, string)[] Files =
    [
        ("leads.csv", "ref,email,created\r\nL1,lead@x.test,2024-01-02T09:00:00Z\r\n"),
        ("deals.csv", "deal,amount,close,opened\r\nD1,1000,2024-03-31,2024-01-10T09:00:00Z\r\nD2,500,2024-04-30,2024-01-20T09:00:00Z\r\n"),
        ("deal_people.csv", "deal,email,role,primary,added\r\nD1,ann@x.test,buyer,yes,2024-01-11T09:00:00Z\r\nD1,bob@x.test,tech,,2024-01-11T10:00:00Z\r\n" +
                            "D1,cid@x.test,,,2024-01-12T09:00:00Z\r\nD2,ann@x.test,Champion,,2024-01-21T09:00:00Z\r\nD1,bob@x.test,tech,,2024-01-11T10:00:00Z\r\n"),
    ];

    [Test]
    public void The_people_on_each_deal_are_mapped_with_their_role_and_the_primary_flag()
    {
        var run = MappingRun.Of(Mapping, Files);
        // 5 rows read = 4 mapped + 1 merged (bob on D1 twice); 4 roles written. Contacts: ann, bob, cid new; ann and bob again merged.
        Assert.That(run.Counts("opportunityContactRoles"), Is.EqualTo((5, 4, 1, 0, 0, 4)));
        Assert.That(run.Counts("contacts"), Is.EqualTo((5, 3, 2, 0, 0, 3)));
        Assert.That(run.Rows("OpportunityContactRole.csv").Select(r => (r["Role"], r["IsPrimary"])), Is.EqualTo(new[]
        {
            ("Economic Buyer", "true"), ("Technical Buyer", "false"), ("Other", "false"), ("Champion", "false"),
        }));
        Assert.That(run.Column("OpportunityContactRole.csv", "Id"), Has.All.StartWith("00K").And.All.Length.EqualTo(18));
    }

    [Test]
    public void Mapped_contact_roles_are_staged_with_their_deal_and_contact()
    {
        var folder = CliProcess.TempFolder();
        var export = MappingErrorTests.Folder(Files);
        MappingNormalizer.Normalize(MappingLoader.Parse(Mapping, "mapping.json"), export, Path.Combine(folder, "canonical"));
        var (warehouse, result) = TestWarehouse.Load(folder, Path.Combine(folder, "canonical"), new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        using (warehouse)
        {
            Assert.That(result.Rejects, Is.Empty);
            var staged = warehouse.Connection.Query<(string Deal, string Email, string Role, bool Primary)>(
                "SELECT o.Name, c.Email, r.Role, r.IsPrimary FROM stg.SalesforceOpportunityContactRole r " +
                "JOIN stg.SalesforceOpportunity o ON o.Id = r.OpportunityId JOIN stg.SalesforceContact c ON c.Id = r.ContactId ORDER BY 1, 2").ToList();
            Assert.That(staged, Is.EqualTo(new[]
            {
                ("D1", "ann@x.test", "Economic Buyer", true), ("D1", "bob@x.test", "Technical Buyer", false), ("D1", "cid@x.test", "Other", false),
                ("D2", "ann@x.test", "Champion", false),
            }));
        }
    }
}
