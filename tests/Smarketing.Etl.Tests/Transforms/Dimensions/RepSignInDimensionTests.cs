using Smarketing.Etl.Tests.Support;
using Dapper;
using DuckDB.NET.Data;
using Serilog;
using Smarketing.Etl.Configuration;
using Smarketing.Generation;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Etl.Tests.Transforms.Dimensions;

/// <summary>RepSignIn.csv → dw.RepSignIn → rpt.RepSignIn on a small generated extract whose sign-in file is replaced by one with
/// a good row, three bad ones and a user not in User.csv: the view gives every current user one sign-in name and its manager.</summary>
[NonParallelizable]
public class RepSignInDimensionTests
{
    private string folder = null!;
    private RunResult result = null!;
    private List<string> users = null!;
    private Dictionary<string, (string SignIn, string? Manager, string Email)> view = null!;

    [OneTimeSetUp]
    public void Load()
    {
        folder = Path.Combine(TestTemp.Root, Guid.NewGuid().ToString("N"));
        var exports = Path.Combine(folder, "exports");
        new SampleExportGenerator().Generate(new GeneratorOptions { OutputDirectory = exports, Leads = 60, Seed = 3 });
        users = File.ReadAllLines(Path.Combine(exports, "User.csv")).Skip(1).Select(l => l.Split(',')[0]).ToList();
        File.WriteAllLines(Path.Combine(exports, "RepSignIn.csv"),
        [
            "SalesforceUserId,SignInName",
            $"{users[1]},  Noemy.McCullough@Corp.Example ", // line 2: trimmed and lower-cased
            $"{users[2]},not-a-sign-in", // line 3: no @
            $"{users[3]},noemy.mccullough@corp.example", // line 4: already users[1]'s
            $"{users[4]},", // line 5: empty
            "0055e00000000ZZAAQ,ghost@corp.example", // line 6: not a user
        ]);
        var database = Path.Combine(folder, "warehouse.duckdb");
        using (var warehouse = DuckDbLoader.Open(database, WarehouseModel.LoadCatalog()))
        {
            DuckDbDeployer.Deploy(warehouse);
            result = new EtlRunner(warehouse, ConfigurationLoader.Load(null), new LoggerConfiguration().CreateLogger()).Run(new RunOptions(exports));
        }

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Message);
        using var db = new DuckDBConnection($"Data Source={database}");
        view = db.Query<(string Id, string SignIn, string? Manager, string Email)>(
                "SELECT s.SalesforceUserId, s.SignInName, s.ManagerSalesforceUserId, r.Email FROM rpt.RepSignIn AS s "
                + "INNER JOIN rpt.Rep AS r ON r.SalesforceUserId = s.SalesforceUserId AND r.IsCurrent = TRUE")
            .ToDictionary(r => r.Id, r => (r.SignIn, r.Manager, r.Email));
    }

    [OneTimeTearDown]
    public void Delete()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_listed_sign_in_replaces_the_email_trimmed_and_lower_cased() =>
        Assert.That(view[users[1]].SignIn, Is.EqualTo("noemy.mccullough@corp.example"));

    [Test]
    public void Users_without_a_usable_row_sign_in_with_their_Salesforce_email()
    {
        Assert.That(view[users[2]].SignIn, Is.EqualTo(view[users[2]].Email.ToLowerInvariant()));
        Assert.That(view[users[3]].SignIn, Is.EqualTo(view[users[3]].Email.ToLowerInvariant()));
        Assert.That(view[users[4]].SignIn, Is.EqualTo(view[users[4]].Email.ToLowerInvariant()));
    }

    [Test]
    public void Every_current_user_has_one_row_and_distinct_sign_in_names()
    {
        Assert.That(view.Keys, Is.EquivalentTo(users));
        Assert.That(view.Values.Select(v => v.SignIn), Is.Unique);
    }

    [Test]
    public void A_manager_is_kept_only_when_the_manager_is_a_user_so_PATH_can_walk_the_chain()
    {
        Assert.That(view.Values.Where(v => v.Manager is not null).Select(v => v.Manager).Distinct(), Is.SubsetOf(view.Keys));
        Assert.That(view[users[1]].Manager, Is.EqualTo(users[0]), "the generated roster's first user (the VP) manages the second");
    }

    [Test]
    public void Each_bad_row_is_named_in_the_run_notes() =>
        Assert.That(result.Notes, Is.SupersetOf(new[]
        {
            $"RepSignIn.csv line 3: SignInName 'not-a-sign-in' is not a sign-in name (name@domain); user {users[2]} keeps its Salesforce e-mail.",
            $"RepSignIn.csv line 4: SignInName 'noemy.mccullough@corp.example' is already the sign-in of user {users[1]} (line 2); the row is not loaded.",
            $"RepSignIn.csv line 5: SignInName '' is not a sign-in name (name@domain); user {users[4]} keeps its Salesforce e-mail.",
            "RepSignIn.csv line 6: SalesforceUserId '0055e00000000ZZAAQ' is not a user in User.csv; loaded, but no rep has it yet.",
        }));
}
