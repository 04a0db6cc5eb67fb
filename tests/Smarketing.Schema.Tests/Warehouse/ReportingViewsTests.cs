using Smarketing.Schema.Catalog;

namespace Smarketing.Schema.Tests.Warehouse;

/// <summary>The rpt views are the contract with Power BI and analysts, and the embedded engine runs them unchanged.</summary>
public class ReportingViewsTests
{
    private static readonly string[] RequiredViews =
        ["rpt.Lead", "rpt.Rep", "rpt.Campaign", "rpt.Date", "rpt.Stage", "rpt.Persona", "rpt.Account", "rpt.MarketingActivity", "rpt.BatchHistory",
         "rpt.Opportunity", "rpt.Attribution", "rpt.AttributionModel", "rpt.CampaignCost", "rpt.CampaignPerformance", "rpt.PipelineTrend",
         "rpt.RepScorecard", "rpt.CustomerLifetimeValue", "rpt.TargetAttainment", "rpt.ExecutiveSummary"];

    public static IEnumerable<string> ReportingViews() => ShippedCatalog.Instance.Views.Where(v => v.Schema == "rpt").Select(v => v.FullName);

    /// <summary>The views both engines run unchanged: rpt, and prep (the set-based loads read them inside the engine).</summary>
    public static IEnumerable<string> PortableViews() =>
        ShippedCatalog.Instance.Views.Where(v => v.Schema is "rpt" or "prep").Select(v => v.FullName);

    [Test]
    public void The_Power_BI_facing_views_exist()
    {
        Assert.That(ReportingViews(), Is.SupersetOf(RequiredViews));
    }

    [TestCaseSource(nameof(PortableViews))]
    public void A_view_body_is_a_query_that_starts_with_SELECT_or_WITH(string view)
    {
        Assert.That(ShippedCatalog.Instance.View(view).SelectSql, Does.Match(@"^(SELECT|WITH)\s"));
    }

    [TestCaseSource(nameof(PortableViews))]
    public void A_view_uses_only_the_portable_SQL_subset(string view)
    {
        Assert.That(PortableSql.Violations(ShippedCatalog.Instance.View(view).SelectSql), Is.Empty);
    }

    [TestCaseSource(nameof(PortableViews))]
    public void A_view_names_its_columns_and_documents_its_grain(string view)
    {
        var definition = ShippedCatalog.Instance.View(view);

        Assert.That(definition.SelectSql, Does.Not.Match(@"(SELECT|,)\s*(\w+\.)?\*"));
        Assert.That(definition.Columns, Is.Not.Empty);
        Assert.That(definition.Description, Does.StartWith("One row per"));
    }

    [Test]
    public void The_lead_view_carries_no_personal_data()
    {
        var columns = ShippedCatalog.Instance.View("rpt.Lead").Columns.Select(c => c.Name);

        Assert.That(columns, Has.None.AnyOf("EmailHash", "Email", "FirstName", "LastName", "Name"));
        Assert.That(columns, Has.Member("EmailDomain"));
    }

    [Test]
    public void The_date_view_leaves_out_the_unknown_member_so_Power_BI_can_mark_it_as_date_table()
    {
        Assert.That(ShippedCatalog.Instance.View("rpt.Date").SelectSql, Does.Contain("WHERE d.DateKey <> 0"));
    }

    [Test]
    public void Every_view_column_from_a_table_column_or_a_cast_has_a_resolved_type()
    {
        var untyped = ShippedCatalog.Instance.Views.SelectMany(v => v.Columns.Where(c => c.Type is null).Select(c => $"{v.FullName}.{c.Name}"));

        Assert.That(untyped, Is.Empty);
    }
}
