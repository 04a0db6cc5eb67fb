using Smarketing.Etl.Tests.Support;
using Smarketing.Etl.Loading;
using Smarketing.PowerBi;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.PowerBi;

/// <summary>The shipped Power BI project matches the DACPAC, and the checker fails on each kind of broken copy.</summary>
public class PowerBiCheckerTests
{
    private static readonly SchemaCatalog Catalog = WarehouseModel.LoadCatalog();
    private const string Tables = "Smarketing.SemanticModel/definition/tables";
    private readonly List<string> copies = [];

    [TearDown]
    public void DeleteCopies()
    {
        foreach (var copy in copies.Where(Directory.Exists))
        {
            Directory.Delete(copy, recursive: true);
        }

        copies.Clear();
    }

    internal static string Reports()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Smarketing.Warehouse.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "reports");
    }

    /// <summary>A temp copy of the project without one of its files.</summary>
    private string CopyWithout(string file)
    {
        var copy = BrokenCopy(file, "", "");
        File.Delete(Path.Combine(copy, file));
        return copy;
    }

    /// <summary>A temp copy of the project with one text replacement in one file.</summary>
    private string BrokenCopy(string file, string find, string replace)
    {
        var copy = Path.Combine(TestTemp.Root, Guid.NewGuid().ToString("N"));
        copies.Add(copy);
        foreach (var source in Directory.EnumerateFiles(Reports(), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Reports(), source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        var path = Path.Combine(copy, file);
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(find), $"the test's edit must apply to {file}");
        if (find.Length > 0)
        {
            File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        }

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
        Assert.That(PowerBiChecker.Check(BrokenCopy("Smarketing.SemanticModel/definition/roles/Rep.tmdl", "= 'Rep sign-in'[Sign-in name] =", "= 'Rep sign-in'[Sign-in] ="), Catalog),
            Has.Some.Contains("refers to missing column or measure 'Rep sign-in'[Sign-in]"));

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

    [TestCase("Attribution.tmdl", "\tcolumn 'Attributed revenue amount'\n", "\tcolumn 'Attributed revenue'\n",
        "measure 'Attributed revenue' has the name of a column of its own table Attribution: Desktop refuses it")]
    [TestCase("Campaign cost.tmdl", "measure 'Marketing cost' =", "measure ROI =", "measure ROI is defined 2 times (Attribution, 'Campaign cost')")]
    [TestCase("Rep.tmdl", "\tcolumn Team\n", "\tcolumn Bookings\n", "measure Bookings has the name of a column of the related table Rep")]
    [TestCase("Opportunity.tmdl", "DIVIDE([Opportunities won], CALCULATE(COUNTROWS('Opportunity'), 'Opportunity'[Is closed] = TRUE()))",
        "DIVIDE([Opportunities won], CALCULATE(COUNTROWS('Opportunity'), [Is closed] = TRUE()))",
        "column reference [Is closed] in 'Win rate %' must be qualified: Opportunity[Is closed]")]
    [TestCase("Opportunity.tmdl", "DIVIDE([Opportunities won], CALCULATE(COUNTROWS('Opportunity'), 'Opportunity'[Is closed] = TRUE()))",
        "DIVIDE('Opportunity'[Opportunities won], CALCULATE(COUNTROWS('Opportunity'), 'Opportunity'[Is closed] = TRUE()))",
        "measure reference Opportunity[Opportunities won] in 'Win rate %' must be unqualified: [Opportunities won]")]
    [TestCase("Opportunity.tmdl", "\tcolumn 'Exchange rate'\n\t\tdataType: double", "\tcolumn 'Exchange rate'\n\t\tdataType: decimal",
        "Opportunity[Exchange rate] is a fixed decimal (4 places) but rpt.Opportunity.ExchangeRate is decimal(19,9): use dataType double")]
    [TestCase("Opportunity.tmdl", "\t/// Won amount: new business, renewals and upgrades (reporting currency).\n\t/// Date: close date",
        "\t/// Won amount: new business, renewals and upgrades (reporting currency).\n\t/// By close date",
        "measure Bookings of a table related to the date table needs a description line 'Date: …'")]
    [TestCase("Opportunity.tmdl", "USERELATIONSHIP('Opportunity'[CreatedDateKey], 'Date'[DateKey]))", "USERELATIONSHIP('Opportunity'[CloseDateKey], 'Date'[DateKey]))",
        "USERELATIONSHIP('Opportunity'[CloseDateKey], 'Date'[DateKey]) in 'Pipeline created' names an active relationship")]
    [TestCase("Opportunity.tmdl", "USERELATIONSHIP('Opportunity'[CreatedDateKey], 'Date'[DateKey]))", "USERELATIONSHIP('Opportunity'[DiscoveryDateKey], 'Date'[DateKey]))",
        "USERELATIONSHIP('Opportunity'[DiscoveryDateKey], 'Date'[DateKey]) in 'Pipeline created' names no relationship of the model")]
    public void A_measure_that_Desktop_refuses_or_that_reads_ambiguously_is_reported(string file, string find, string replace, string expected) =>
        Assert.That(PowerBiChecker.Check(BrokenCopy($"{Tables}/{file}", find, replace), Catalog), Has.Some.Contains(expected));

    [Test]
    public void A_second_active_path_between_two_tables_is_reported() =>
        Assert.That(PowerBiChecker.Check(BrokenCopy("Smarketing.SemanticModel/definition/relationships.tmdl",
                "\tisActive: false\n\tfromColumn: Opportunity.CreatedDateKey", "\tfromColumn: Opportunity.CreatedDateKey"), Catalog),
            Has.Some.Contains("2 active relationship paths lead from Opportunity to Date"));

    [Test]
    public void An_inactive_relationship_no_measure_uses_is_reported()
    {
        var copy = BrokenCopy($"{Tables}/Opportunity.tmdl", "USERELATIONSHIP('Opportunity'[CreatedDateKey], 'Date'[DateKey])", "'Opportunity'[CreatedDateKey] > 0");
        Assert.That(PowerBiChecker.Check(copy, Catalog), Has.Some.Contains("inactive relationship Opportunity.CreatedDateKey → Date.DateKey is used by no measure"));
    }

    [Test]
    public void A_table_with_rep_data_that_no_role_filters_is_reported()
    {
        var copy = BrokenCopy("Smarketing.SemanticModel/definition/relationships.tmdl", "\tfromColumn: Attribution.OwnerRepKey\n\ttoColumn: Rep.RepKey\n",
            "\tfromColumn: Attribution.OwnerRepKey\n\ttoColumn: Rep.RepKey\n\tisActive: false\n");
        Assert.That(PowerBiChecker.Check(copy, Catalog), Has.Some.Contains(
            "table Attribution carries rep, lead or account data (LeadKey, AccountKey, OwnerRepKey) but role(s) Manager, Rep do not filter it"));
    }

    [Test]
    public void A_role_that_filters_nothing_leaves_every_rep_table_reported()
    {
        var copy = BrokenCopy("Smarketing.SemanticModel/definition/roles/Rep.tmdl",
            "\ttablePermission 'Rep sign-in' = 'Rep sign-in'[Sign-in name] = USERPRINCIPALNAME()\n", "");
        Assert.That(PowerBiChecker.Check(copy, Catalog), Has.Some.Contains("table 'SLA clock' carries rep, lead or account data (LeadKey, OwnerRepKey) but role(s) Rep do not filter it"));
    }

    [Test]
    public void Every_table_with_rep_lead_or_account_data_is_filtered_by_both_roles_or_declared_company_wide()
    {
        var scopes = RowLevelSecurity.PersonalTables(PowerBiProject.Load(Reports())).ToDictionary(t => t.Key, t => t.Value.Scope);
        string[] filtered = ["Attribution", "Lead funnel", "Opportunity", "Pipeline waterfall", "Recycle rate", "Recycle reasons", "Rep", "Rep scorecard", "Rep sign-in",
            "SLA clock", "SLA compliance", "SLA exceptions", "Speed to lead", "Stage history", "Target attainment"];
        string[] companyWide = ["Account", "Account funnel", "Bookings forecast", "Buying group coverage", "Customer lifetime value", "Demand plan", "Executive summary", "Lead",
            "Marketing activity", "Pipeline trend", "SLA revenue impact"];
        Assert.That(scopes.Where(s => s.Value == "Filtered").Select(s => s.Key), Is.EquivalentTo(filtered));
        Assert.That(scopes.Where(s => s.Value == RowLevelSecurity.CompanyWide).Select(s => s.Key), Is.EquivalentTo(companyWide));
    }

    [Test]
    public void Every_company_wide_table_is_explained_in_the_Power_BI_document()
    {
        var doc = File.ReadAllText(Path.Combine(Reports(), "..", "docs", "POWERBI.md"));
        var section = doc[doc.IndexOf("### Company-wide tables", StringComparison.Ordinal)..];
        var companyWide = RowLevelSecurity.PersonalTables(PowerBiProject.Load(Reports())).Where(t => t.Value.Scope == RowLevelSecurity.CompanyWide);
        Assert.That(companyWide.Select(t => t.Key).Where(t => !section.Contains($"`{t}`", StringComparison.Ordinal)), Is.Empty);
    }

    private const string Executive = "Smarketing.Report/definition/pages/executive";
    private const string Card = "Smarketing.Report/definition/pages/sla/visuals/ef97bb56aaa0516f830f/visual.json";
    private const string LineChart = Executive + "/visuals/2d11b10f4c925d7e84c1/visual.json";
    private const string Schemas = "https://developer.microsoft.com/json-schemas/fabric/";

    [TestCase("Smarketing.pbip", "  \"$schema\": \"" + Schemas + "pbip/pbipProperties/1.0.0/schema.json\",\n", "",
        "Smarketing.pbip: $schema is missing")]
    [TestCase("Smarketing.SemanticModel/definition.pbism", "item/semanticModel/definitionProperties/1.0.0", "item/report/definitionProperties/2.0.0",
        "definition.pbism: $schema '" + Schemas + "item/report/definitionProperties/2.0.0/schema.json' is not the schema of this file")]
    [TestCase("Smarketing.Report/definition/report.json", "report/definition/report/1.0.0/", "report/definition/report/9.0.0/",
        "schema version 9.0.0 of item/report/definition/report is not one the checker knows")]
    [TestCase(Executive + "/page.json", "  \"displayOption\": \"FitToPage\",\n", "", "page.json: required property 'displayOption' is missing")]
    [TestCase(Card, "\"visualType\": \"card\"", "\"type\": \"card\"", "a visual container needs visual.visualType")]
    [TestCase("Smarketing.SemanticModel/definition.pbism", "\"version\": \"4.0\"", "\"version\": \"3.0\"", "cannot hold a TMDL definition folder")]
    [TestCase("Smarketing.Report/definition/report.json", "\"name\": \"CY24SU10\",\n          \"path\"", "\"name\": \"CY24SU06\",\n          \"path\"",
        "base theme 'CY24SU10' is not listed in resourcePackages")]
    [TestCase("Smarketing.Report/definition/pages/pages.json", "\"funnel\",", "\"funnnel\",", "pageOrder names page 'funnnel', which has no funnnel/page.json")]
    [TestCase(Card, "\"show\": {\n              \"expr\": {\n                \"Literal\": {\n                  \"Value\": \"true\"",
        "\"show\": {\n              \"expr\": {\n                \"Literal\": {\n                  \"Value\": \"false\"", "the card sets a title text but does not show it")]
    [TestCase(LineChart, "\"Property\": \"Month start date\"", "\"Property\": \"Year month\"",
        "the lineChart's axis is the number Date[Year month], drawn as a continuous scale")]
    [TestCase(Card, "\"Measure\": {", "\"Column\": {", "a visual binds 'SLA clock'[SLA open past due] as a Column, but it is a measure")]
    public void A_project_file_that_breaks_the_published_structure_is_reported(string file, string find, string replace, string expected) =>
        Assert.That(PowerBiChecker.Check(BrokenCopy(file, find, replace), Catalog), Has.Some.Contains(expected));

    [TestCase("Smarketing.Report/.platform", "Smarketing.Report/.platform is missing")]
    [TestCase("Smarketing.SemanticModel/.platform", "Smarketing.SemanticModel/.platform is missing")]
    [TestCase(".gitignore", ".gitignore must ignore Desktop's local settings and cache")]
    [TestCase("Smarketing.Report/StaticResources/SharedResources/BaseThemes/CY24SU10.json",
        "base theme 'CY24SU10' has no file Smarketing.Report/StaticResources/SharedResources/BaseThemes/CY24SU10.json")]
    public void A_missing_project_file_is_reported(string file, string expected) =>
        Assert.That(PowerBiChecker.Check(CopyWithout(file), Catalog), Has.Some.Contains(expected));

    [TestCase("Date.tmdl", "\t\tsortByColumn: Month\n\t\tsummarizeBy: none\n\t\tsourceColumn: MonthName", "\t\tsummarizeBy: none\n\t\tsourceColumn: MonthName",
        "Date[Month name] is a calendar label and needs sortByColumn")]
    [TestCase("Date.tmdl", "\t\tsortByColumn: Month\n\t\tsummarizeBy: none\n\t\tsourceColumn: MonthName", "\t\tsortByColumn: Monthh\n\t\tsummarizeBy: none\n\t\tsourceColumn: MonthName",
        "Date[Month name] sorts by Monthh, which is not a column of Date")]
    [TestCase("Opportunity.tmdl", "\t\tsummarizeBy: none\n\t\tsourceColumn: Probability", "\t\tsummarizeBy: sum\n\t\tsourceColumn: Probability",
        "Opportunity[Probability] (Probability) is not additive: set summarizeBy: none")]
    [TestCase("Lead.tmdl", "\tcolumn LeadKey\n\t\tdataType: int64\n\t\tisKey\n", "\tcolumn LeadKey\n\t\tdataType: int64\n",
        "Lead[LeadKey] is the one side of a relationship: mark it isKey")]
    public void A_column_that_breaks_a_Desktop_convention_is_reported(string file, string find, string replace, string expected) =>
        Assert.That(PowerBiChecker.Check(BrokenCopy($"{Tables}/{file}", find, replace), Catalog), Has.Some.Contains(expected));
}
