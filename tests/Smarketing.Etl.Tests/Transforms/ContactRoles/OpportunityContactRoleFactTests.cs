using Dapper;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Transforms.ContactRoles;

/// <summary>dw.FactOpportunityContactRole loaded by a real batch from <see cref="BuyingGroupFixture"/>: the newest version of a
/// role wins, a deleted role is left out, a converted contact is its lead's person and a direct contact its own.</summary>
[NonParallelizable]
public class OpportunityContactRoleFactTests
{
    private string folder = null!;
    private DuckDbLoader warehouse = null!;

    [OneTimeSetUp]
    public void Load()
    {
        folder = CliProcess.TempFolder();
        var exports = Path.Combine(folder, "exports");
        BuyingGroupFixture.Write(exports);
        warehouse = TestWarehouse.Load(folder, exports, BuyingGroupFixture.AsOf).Warehouse;
    }

    [OneTimeTearDown]
    public void Close()
    {
        warehouse.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void Each_current_role_is_one_row_with_its_newest_version_and_its_person_and_account()
    {
        // R1: C2 is a direct contact, so its person is its own Contact row. R2: exported twice; the version modified on 1
        // February (Technical Buyer) beats the one of 25 January although it comes first in the file; C1 was created by
        // converting L1, so the person is L1's row. R3 is deleted: no row. R4: C9 is in no extract: the Unknown person (0), the
        // account still O1's.
        var rows = warehouse.Connection.Query<(string, string, string, string?, string, string, bool, int?)>(
            "SELECT f.SalesforceOpportunityContactRoleId, f.SalesforceOpportunityId, f.SalesforceContactId, " +
                "l.SalesforceLeadId, " +
            "a.SalesforceAccountId, f.Role, f.IsPrimary, f.CreatedDateKey FROM dw.FactOpportunityContactRole AS f " +
            "LEFT JOIN dw.DimLead AS l ON l.LeadKey = f.LeadKey AND f.LeadKey <> 0 " +
            "INNER JOIN dw.DimAccount AS a ON a.AccountKey = f.AccountKey ORDER BY " +
                "f.SalesforceOpportunityContactRoleId").ToList();
        const string o1 = BuyingGroupFixture.Opportunity, a1 = BuyingGroupFixture.Account;
        Assert.That(rows, Is.EqualTo(new (string, string, string, string?, string, string, bool, int?)[]
        {
            ("00K000000000000001", o1, BuyingGroupFixture.C2, BuyingGroupFixture.C2, a1, "Economic Buyer", true, 20240210),
            ("00K000000000000002", o1, BuyingGroupFixture.C1, BuyingGroupFixture.Lead, a1, "Technical Buyer", false, 20240125),
            ("00K000000000000004", o1, BuyingGroupFixture.C9, null, a1, "Champion", false, 20240212),
        }));
    }

    [Test]
    public void The_rows_carry_the_lineage_of_the_batch_that_wrote_them()
    {
        var batches = warehouse.Connection.Query<int>("SELECT DISTINCT BatchId FROM dw.FactOpportunityContactRole").ToList();
        var last = warehouse.Connection.ExecuteScalar<int>("SELECT MAX(BatchId) FROM etl.BatchRun");
        Assert.That(batches, Is.EqualTo(new[] { last }));
    }

    [Test]
    public void A_role_deleted_in_a_later_extract_leaves_the_fact_and_an_unchanged_role_keeps_its_lineage()
    {
        var other = CliProcess.TempFolder();
        try
        {
            var exports = Path.Combine(other, "exports");
            BuyingGroupFixture.Write(exports);
            using var loaded = TestWarehouse.Load(other, exports, BuyingGroupFixture.AsOf).Warehouse;
            var first = loaded.Connection.ExecuteScalar<int>("SELECT MAX(BatchId) FROM etl.BatchRun");
            var delta = Path.Combine(other, "delta");
            Directory.CreateDirectory(delta);
            File.WriteAllText(Path.Combine(delta, "OpportunityContactRole.csv"),
                "Id,OpportunityId,ContactId,Role,IsPrimary,CreatedDate,SystemModstamp,IsDeleted\r\n" +
                $"00K000000000000004,{BuyingGroupFixture.Opportunity},{BuyingGroupFixture.C9},Champion,false," +
                $"2024-02-12T14:00:00.000Z," +
                "2024-06-01T10:00:00.000Z,true\r\n");
            TestWarehouse.Run(loaded, new RunOptions(delta, BuyingGroupFixture.AsOf));
            var rows = loaded.Connection.Query<(string, int)>(
                "SELECT SalesforceOpportunityContactRoleId, BatchId FROM dw.FactOpportunityContactRole ORDER BY 1").ToList();
            Assert.That(rows, Is.EqualTo(new[] { ("00K000000000000001", first), ("00K000000000000002", first) }));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Test]
    public void Without_the_contact_role_file_the_fact_is_empty_and_the_batch_succeeds()
    {
        var other = CliProcess.TempFolder();
        try
        {
            var exports = Path.Combine(other, "exports");
            BuyingGroupFixture.Write(exports, withRoles: false);
            using var empty = TestWarehouse.Load(other, exports, BuyingGroupFixture.AsOf).Warehouse;
            Assert.That(empty.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dw.FactOpportunityContactRole"), Is.Zero);
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }
}
