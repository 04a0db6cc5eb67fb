using Dapper;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Transforms.Incremental;

/// <summary>A delta rebuilds the account facts only for the accounts it touched, including the accounts a contact and an
/// opportunity left. Proven by tampering: every account-stage and buying-group row is marked before a delta that moves one
/// contact (the first person to engage with account A) and the only opportunity of account C to account B; after it, only
/// listed accounts and open deals lose the mark, A, B and C hold exactly what a rebuild of every account
/// (<c>--recompute-all</c>) then writes, A's first engaged person is no longer the contact and C's stages changed.</summary>
[NonParallelizable]
public class AccountScopeTests
{
    private const string Tampered = "Tampered";
    private static readonly DateTime AsOf = new(2025, 6, 24, 0, 0, 0, DateTimeKind.Utc);

    private DuckDbLoader warehouse = null!;
    private int left;
    private int joined;
    private int contactKey;
    private int dealLeft;
    private List<string> dealLeftBeforeDelta = [];
    private Dictionary<int, string> listed = [];
    private List<int> stillTampered = [];
    private List<(int Account, bool Closed)> coverageStillTampered = [];
    private int firstEngagedOfLeftAfterDelta;
    private List<string> movedAccountsAfterDelta = [];
    private List<string> movedAccountsAfterRecomputeAll = [];
    private long tamperedAfterRecomputeAll;

    [OneTimeSetUp]
    public void MoveOneContactInADelta()
    {
        var folder = CliProcess.TempFolder();
        var day1 = Path.Combine(folder, "day1");
        var (code, output) = CliProcess.Run("generate", "--out", day1, "--leads", "300", "--seed", "17",
            "--extract-at", "2025-06-24", "--log-dir", folder);
        Assert.That(code, Is.EqualTo(0), output);
        warehouse = TestWarehouse.Load(folder, day1, AsOf).Warehouse;
        var db = warehouse.Connection;

        // The contact created in the CRM who engaged first with its account, and another account with stages to move it to.
        (left, contactKey, var contactId) = db.QueryFirst<(int, int, string)>(
            "SELECT s.AccountKey, d.LeadKey, d.SalesforceLeadId FROM dw.FactAccountStageHistory AS s " +
            "INNER JOIN dw.DimLead AS d ON d.LeadKey = s.FirstEngagedLeadKey " +
            "WHERE s.StageNumber = 1 AND d.RecordType = 'Contact' AND d.IsDeleted = 0 ORDER BY s.AccountKey");
        (joined, var joinedId) = db.QueryFirst<(int, string)>(
            "SELECT a.AccountKey, a.SalesforceAccountId FROM dw.DimAccount AS a WHERE a.AccountKey NOT IN (0, $left) " +
            "AND a.AccountKey IN (SELECT s.AccountKey FROM dw.FactAccountStageHistory AS s) ORDER BY a.AccountKey", new { left });
        // An account's only opportunity, moved to the same account in the delta.
        (dealLeft, var dealId) = db.QueryFirst<(int, string)>(
            "SELECT o.AccountKey, min(o.SalesforceOpportunityId) FROM dw.FactOpportunity AS o " +
            "WHERE o.AccountKey NOT IN (0, $left, $joined) AND o.IsDeleted = 0 " +
            "AND o.AccountKey IN (SELECT s.AccountKey FROM dw.FactAccountStageHistory AS s) " +
            "GROUP BY o.AccountKey HAVING count(*) = 1 ORDER BY o.AccountKey", new { left, joined });
        dealLeftBeforeDelta = StageRows(dealLeft);
        db.Execute($"UPDATE dw.FactAccountStageHistory SET FirstEngagedChannel = '{Tampered}'");
        db.Execute($"UPDATE dw.FactBuyingGroupCoverage SET MissingRoles = '{Tampered}'");

        var contacts = SourceCsv.Rows(Path.Combine(day1, "Contact.csv"));
        var moved = new Dictionary<string, string>(contacts.Single(c => c["Id"] == contactId))
        {
            ["AccountId"] = joinedId, ["SystemModstamp"] = "2025-06-23T09:00:00.000Z",
        };
        var deal = new Dictionary<string, string>(
            SourceCsv.Rows(Path.Combine(day1, "Opportunity.csv")).Single(o => o["Id"] == dealId))
        {
            ["AccountId"] = joinedId, ["SystemModstamp"] = "2025-06-23T10:00:00.000Z",
        };
        var delta = new ExportFolder(Path.Combine(folder, "delta"))
            .Add("Contact.csv", File.ReadLines(Path.Combine(day1, "Contact.csv")).First(), moved)
            .Add("Opportunity.csv", File.ReadLines(Path.Combine(day1, "Opportunity.csv")).First(), deal);
        delta.Write();

        TestWarehouse.Run(warehouse, new RunOptions(delta.Path, AsOf));
        listed = db.Query<(int, string)>("SELECT AccountKey, Reason FROM etl.RecomputeAccount")
            .ToDictionary(r => r.Item1, r => r.Item2);
        stillTampered = db.Query<int>(
            $"SELECT DISTINCT AccountKey FROM dw.FactAccountStageHistory WHERE FirstEngagedChannel = '{Tampered}'").ToList();
        coverageStillTampered = db.Query<(int, bool)>(
            $"SELECT AccountKey, IsClosed FROM dw.FactBuyingGroupCoverage WHERE MissingRoles = '{Tampered}'").ToList();
        firstEngagedOfLeftAfterDelta = db.ExecuteScalar<int>(
            "SELECT FirstEngagedLeadKey FROM dw.FactAccountStageHistory WHERE AccountKey = $left AND StageNumber = 1",
            new { left });
        movedAccountsAfterDelta = MovedAccountsRows();

        TestWarehouse.Run(warehouse, new RunOptions(delta.Path, AsOf, RecomputeAll: true));
        movedAccountsAfterRecomputeAll = MovedAccountsRows();
        tamperedAfterRecomputeAll = db.ExecuteScalar<long>(
            $"SELECT count(*) FROM dw.FactAccountStageHistory WHERE FirstEngagedChannel = '{Tampered}'") +
            db.ExecuteScalar<long>($"SELECT count(*) FROM dw.FactBuyingGroupCoverage WHERE MissingRoles = '{Tampered}'");
    }

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    [Test]
    public void The_account_a_contact_left_and_the_one_it_joined_are_rebuilt()
    {
        Assert.Multiple(() =>
        {
            Assert.That(listed.GetValueOrDefault(left), Is.EqualTo("Person moved away"));
            Assert.That(listed.GetValueOrDefault(joined), Is.EqualTo("People or their touches changed"));
            Assert.That(stillTampered, Does.Not.Contain(left).And.Not.Contain(joined));
            Assert.That(firstEngagedOfLeftAfterDelta, Is.Not.EqualTo(contactKey),
                "the moved contact still engages its old account");
        });
    }

    [Test]
    public void The_account_an_opportunity_left_is_rebuilt_without_it()
    {
        var afterDelta = movedAccountsAfterDelta.Where(r => r.StartsWith($"{dealLeft}|", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(listed.GetValueOrDefault(dealLeft), Is.EqualTo("Opportunity moved away"));
            Assert.That(afterDelta, Is.Not.Empty.And.Not.EqualTo(dealLeftBeforeDelta),
                "the stages of an account that lost its only opportunity must change");
        });
    }

    [Test]
    public void A_delta_rebuilds_the_moved_accounts_exactly_as_a_full_rebuild()
    {
        Assert.That(movedAccountsAfterDelta, Is.Not.Empty);
        Assert.That(movedAccountsAfterDelta, Is.EqualTo(movedAccountsAfterRecomputeAll));
    }

    [Test]
    public void Accounts_the_delta_did_not_touch_are_not_rebuilt()
    {
        Assert.Multiple(() =>
        {
            // One contact moved: a handful of accounts listed, most accounts keep their (tampered) rows.
            Assert.That(listed, Has.Count.InRange(2, 10));
            Assert.That(stillTampered, Has.Count.GreaterThan(10));
            Assert.That(stillTampered.Intersect(listed.Keys), Is.Empty, "a listed account kept a row it should have rebuilt");
            Assert.That(coverageStillTampered, Is.Not.Empty);
            Assert.That(coverageStillTampered.Where(c => listed.ContainsKey(c.Account) || !c.Closed), Is.Empty,
                "an open deal's window moves with the as-of day, so open deals are rebuilt in every batch");
            Assert.That(tamperedAfterRecomputeAll, Is.Zero, "--recompute-all rebuilds every account");
        });
    }

    /// <summary>Every stage row of the accounts a contact or an opportunity left or joined, lineage aside.</summary>
    private List<string> MovedAccountsRows() => StageRows(left, joined, dealLeft);

    /// <summary>The stage rows of <paramref name="accounts"/>, lineage aside.</summary>
    private List<string> StageRows(params int[] accounts) => warehouse.Connection.Query<string>(
        "SELECT concat_ws('|', AccountKey, StageNumber, StageName, EnteredDateKey, " +
        "COALESCE(CAST(DaysFromPreviousStage AS varchar), '-'), " +
        "DaysFromTarget, IsInferred, IsCurrent, Segment, FirstEngagedLeadKey, FirstEngagedPersonaKey, FirstEngagedCampaignKey, " +
        "FirstEngagedChannel) FROM dw.FactAccountStageHistory " +
        $"WHERE AccountKey IN ({string.Join(", ", accounts)}) ORDER BY AccountKey, StageNumber").ToList();
}
