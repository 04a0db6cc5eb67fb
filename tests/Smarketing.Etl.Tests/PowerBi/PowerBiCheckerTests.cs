using Smarketing.Etl.Loading;
using Smarketing.Etl.PowerBi;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.PowerBi;

/// <summary>The shipped Power BI project matches the DACPAC, and the checker fails on each kind of broken copy.</summary>
public class PowerBiCheckerTests
{
    private static readonly SchemaCatalog Catalog = WarehouseModel.LoadCatalog();
    private const string Tables = "Smarketing.SemanticModel/definition/tables";

    private static string Reports()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Smarketing.Warehouse.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "reports");
    }

    /// <summary>A temp copy of the project with one text replacement in one file.</summary>
    private static string BrokenCopy(string file, string find, string replace)
    {
        var copy = Path.Combine(Path.GetTempPath(), "smarketing-tests", Guid.NewGuid().ToString("N"));
        foreach (var source in Directory.EnumerateFiles(Reports(), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Reports(), source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        var path = Path.Combine(copy, file);
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(find), $"the test's edit must apply to {file}");
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        return copy;
    }

    [Test]
    public void The_shipped_project_matches_the_warehouse_model() =>
        Assert.That(PowerBiChecker.Check(Reports(), Catalog), Is.Empty);

    [Test]
    public void Every_rpt_view_is_imported_by_a_table() =>
        Assert.That(Catalog.Views.Where(v => v.Schema == "rpt").Select(v => v.Name),
            Is.SubsetOf(Directory.EnumerateFiles(Path.Combine(Reports(), Tables)).Select(f => File.ReadAllText(f))
                .SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t, "Item=\"(\\w+)\"").Select(m => m.Groups[1].Value))));

    [TestCase("SLA clock.tmdl", "\tcolumn LeadKey\n", "    column LeadKey\n", "indentation must use tabs, not spaces")]
    [TestCase("SLA clock.tmdl", "table 'SLA clock'", "table SLA clock", "must be quoted")]
    [TestCase("SLA clock.tmdl", "measure 'SLA clocks' = COUNTROWS('SLA clock')", "measure 'SLA clocks = 1", "unbalanced quote")]
    [TestCase("SLA clock.tmdl", "measure 'SLA met' = SUM(", "measure 'SLA met = SUM(", "unexpected text after measure")]
    [TestCase("SLA clock.tmdl", "sourceColumn: HoursOverdue", "sourceColumn: HoursOverdew", "sourceColumn HoursOverdew of 'SLA clock'[Hours overdue] is not a column of rpt.SlaClock")]
    [TestCase("SLA clock.tmdl", "\tcolumn 'Hours overdue'\n\t\tdataType: decimal", "\tcolumn 'Hours overdue'\n\t\tdataType: string", "'SLA clock'[Hours overdue] is string but rpt.SlaClock.HoursOverdue is decimal(12,2)")]
    [TestCase("SLA clock.tmdl", "Item=\"SlaClock\"", "Item=\"SlaClocks\"", "reads rpt.SlaClocks, which is not a view of the warehouse model")]
    [TestCase("SLA clock.tmdl", "\t\tformatString: 0.0%\n\t\tdisplayFolder: SLA\n\n\t/// Open clocks past due", "\t\tdisplayFolder: SLA\n\n\t/// Open clocks past due", "measure 'SLA compliance %' has no formatString")]
    [TestCase("SLA clock.tmdl", "SUM('SLA clock'[MetCount])", "SUM('SLA clock'[MetCounts])", "refers to missing column or measure 'SLA clock'[MetCounts]")]
    [TestCase("SLA clock.tmdl", "DIVIDE([SLA met], [SLA resolved])", "DIVIDE([SLA met], [SLA solved])", "[SLA solved] in 'SLA compliance %' is neither a measure nor a column")]
    public void A_broken_table_file_is_reported(string file, string find, string replace, string expected) =>
        Assert.That(PowerBiChecker.Check(BrokenCopy($"{Tables}/{file}", find, replace), Catalog), Has.Some.Contains(expected));

    [Test]
    public void A_relationship_to_a_missing_column_is_reported() =>
        Assert.That(PowerBiChecker.Check(BrokenCopy("Smarketing.SemanticModel/definition/relationships.tmdl", "toColumn: Lead.LeadKey", "toColumn: Lead.LeadKy"), Catalog),
            Has.Some.Contains("toColumn Lead.LeadKy is not an existing Table.Column"));

    [Test]
    public void A_relationship_joining_columns_of_different_types_is_reported()
    {
        var copy = BrokenCopy("Smarketing.SemanticModel/definition/relationships.tmdl", "toColumn: Lead.LeadKey", "toColumn: Lead.'Salesforce lead ID'");
        Assert.That(PowerBiChecker.Check(copy, Catalog), Has.Some.Contains("relationship joins int64 'SLA clock'.LeadKey to string Lead.'Salesforce lead ID'"));
    }

    [Test]
    public void A_role_filtering_a_missing_column_is_reported() =>
        Assert.That(PowerBiChecker.Check(BrokenCopy("Smarketing.SemanticModel/definition/roles/Rep.tmdl", "'Rep'[Email]", "'Rep'[E-mail]"), Catalog),
            Has.Some.Contains("refers to missing column or measure Rep[E-mail]"));

    [Test]
    public void A_table_the_model_does_not_reference_is_reported() =>
        Assert.That(PowerBiChecker.Check(BrokenCopy("Smarketing.SemanticModel/definition/model.tmdl", "ref table 'SLA clock'\n", ""), Catalog),
            Has.Some.Contains("table 'SLA clock' is not referenced from model.tmdl"));

    [Test]
    public void A_report_visual_bound_to_a_missing_measure_is_reported()
    {
        var visual = Directory.EnumerateFiles(Path.Combine(Reports(), "Smarketing.Report"), "visual.json", SearchOption.AllDirectories)
            .First(f => File.ReadAllText(f).Contains("\"Property\": \"Leads\"", StringComparison.Ordinal));
        var copy = BrokenCopy(Path.GetRelativePath(Reports(), visual), "\"Property\": \"Leads\"", "\"Property\": \"Lead count\"");
        Assert.That(PowerBiChecker.Check(copy, Catalog), Has.Some.Contains("a visual binds 'Lead funnel'[Lead count], which is not a column or measure of the model"));
    }

    [Test]
    public void Without_a_marked_date_table_the_model_is_reported() =>
        Assert.That(PowerBiChecker.Check(BrokenCopy($"{Tables}/Date.tmdl", "\tdataCategory: Time\n", ""), Catalog),
            Has.Some.Contains("no date table"));
}
