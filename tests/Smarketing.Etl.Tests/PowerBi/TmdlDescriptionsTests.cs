using Smarketing.Etl.Tests.Support;
using Smarketing.Etl.Loading;
using Smarketing.PowerBi;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.PowerBi;

/// <summary>Visible column descriptions come from one source, the Columns block in the header of the rpt view file.</summary>
public class TmdlDescriptionsTests
{
    private static readonly SchemaCatalog Catalog = WarehouseModel.LoadCatalog();
    private const string Attribution = "Smarketing.SemanticModel/definition/tables/Attribution.tmdl";
    private const string WeightComment = "The touch's share of the opportunity under the model (6 places); one opportunity's weights sum to 1.";
    private readonly List<string> folders = [];

    private static string Views => PowerBiChecker.DefaultViewsFolder(PowerBiCheckerTests.Reports());

    [TearDown]
    public void Delete()
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Copy(string from)
    {
        var copy = Path.Combine(TestTemp.Root, Guid.NewGuid().ToString("N"));
        folders.Add(copy);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    [Test]
    public void A_Columns_block_gives_each_column_its_text_with_continuation_lines_joined()
    {
        const string sql = "-- One row per thing.\n-- Columns:\n--   Amount: Money in the\n--     reporting currency.\n--   IsWon: True when won.\n"
                           + "CREATE VIEW rpt.X AS SELECT 1 AS Amount -- not part of the block\n";
        Assert.That(ViewColumnComments.Parse(sql), Is.EqualTo(new Dictionary<string, string>
        {
            ["Amount"] = "Money in the reporting currency.", ["IsWon"] = "True when won.",
        }));
    }

    [Test]
    public void A_description_that_differs_from_the_view_comment_is_reported()
    {
        var copy = Copy(PowerBiCheckerTests.Reports());
        var path = Path.Combine(copy, Attribution);
        File.WriteAllText(path, File.ReadAllText(path).Replace(WeightComment, "The weight.", StringComparison.Ordinal));
        Assert.That(PowerBiChecker.Check(copy, Catalog, Views),
            Has.Some.Contains("the description of Attribution[Weight] differs from its view's column comment"));
    }

    [Test]
    public void A_visible_column_the_view_does_not_describe_is_reported()
    {
        var views = Copy(Views);
        var path = Path.Combine(views, "Attribution.sql");
        File.WriteAllText(path, File.ReadAllText(path).Replace("--   Weight: " + WeightComment + "\n", "", StringComparison.Ordinal));
        Assert.That(PowerBiChecker.Check(PowerBiCheckerTests.Reports(), Catalog, views),
            Has.Some.Contains("visible column Attribution[Weight] is not described in the Columns block of its view"));
    }

    [Test]
    public void A_visible_column_without_a_description_is_reported_even_when_its_view_has_no_Columns_block()
    {
        var views = Copy(Views);
        var sqlPath = Path.Combine(views, "Persona.sql");
        var sql = File.ReadAllText(sqlPath);
        var from = sql.IndexOf("-- Columns:\n", StringComparison.Ordinal);
        var block = sql[from..sql.IndexOf("CREATE VIEW", StringComparison.Ordinal)];
        File.WriteAllText(sqlPath, sql.Replace(block, "", StringComparison.Ordinal));
        Assert.That(ViewColumnComments.Parse(File.ReadAllText(sqlPath)), Is.Empty, "the test must remove the Columns block");

        // Without a block the TMDL descriptions stand on their own: both visible columns (Persona name, Description) have one.
        Assert.That(PowerBiChecker.Check(PowerBiCheckerTests.Reports(), Catalog, views), Is.Empty);

        var copy = Copy(PowerBiCheckerTests.Reports());
        var path = Path.Combine(copy, "Smarketing.SemanticModel/definition/tables/Persona.tmdl");
        var tmdl = File.ReadAllText(path);
        const string described = "\t/// Name of the buyer persona (Unclassified when no rule matched).\n\tcolumn 'Persona name'";
        Assert.That(tmdl, Does.Contain(described));
        File.WriteAllText(path, tmdl.Replace(described, "\tcolumn 'Persona name'", StringComparison.Ordinal));

        Assert.That(PowerBiChecker.Check(copy, Catalog, views), Is.EqualTo(new[]
        {
            "Smarketing.SemanticModel/definition/tables/Persona.tmdl(11): visible column Persona[Persona name] is not described "
            + "in the Columns block of its view",
        }));
    }

    [Test]
    public void A_visible_calculated_column_without_a_description_is_reported()
    {
        var copy = Copy(PowerBiCheckerTests.Reports());
        var path = Path.Combine(copy, "Smarketing.SemanticModel/definition/tables/Rep sign-in.tmdl");
        var tmdl = File.ReadAllText(path);
        var start = tmdl.IndexOf("\t/// The user's Salesforce user id preceded", StringComparison.Ordinal);
        var column = tmdl.IndexOf("\tcolumn 'Management chain'", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0).And.LessThan(column));
        const string hidden = "\t\tdataType: string\n\t\tisHidden\n";
        var edited = tmdl[..start] + tmdl[column..].Replace(hidden, "\t\tdataType: string\n", StringComparison.Ordinal);
        Assert.That(edited, Does.Not.Contain("PATHCONTAINS"), "the test must remove the description");
        var definition = edited[edited.IndexOf("\tcolumn 'Management chain'", StringComparison.Ordinal)..];
        Assert.That(definition, Does.Not.Contain("isHidden"),
            "the test must make the column visible");
        File.WriteAllText(path, edited);

        Assert.That(PowerBiChecker.Check(copy, Catalog, Views),
            Has.Some.Contains("visible calculated column 'Rep sign-in'[Management chain] needs a description"));
    }

    [Test]
    public void Sync_writes_the_view_comment_over_a_stale_description()
    {
        var copy = Copy(PowerBiCheckerTests.Reports());
        var path = Path.Combine(copy, Attribution);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\t/// " + WeightComment + "\n", "\t/// Old text\n\t/// on two lines.\n", StringComparison.Ordinal));

        var changed = TmdlDescriptions.Sync(copy, Views);

        Assert.That(changed, Is.EqualTo(new[] { Attribution }));
        Assert.That(File.ReadAllText(path), Does.Contain("\t/// " + WeightComment + "\n\tcolumn Weight\n").And.Not.Contain("Old text"));
        Assert.That(PowerBiChecker.Check(copy, Catalog, Views), Is.Empty);
    }
}
