using Smarketing.Etl.Loading;
using Smarketing.Etl.PowerBi;
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
        var copy = Path.Combine(Path.GetTempPath(), "smarketing-tests", Guid.NewGuid().ToString("N"));
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
