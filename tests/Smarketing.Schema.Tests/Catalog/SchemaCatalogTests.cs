using System.Diagnostics;
using Smarketing.Schema.Catalog;

namespace Smarketing.Schema.Tests.Catalog;

public class SchemaCatalogTests
{
    private static SchemaCatalog Catalog => ShippedCatalog.Instance;

    [Test]
    public void Loading_the_catalog_from_the_DACPAC_is_fast_enough_for_every_CLI_start()
    {
        var cold = Stopwatch.StartNew();
        SchemaCatalog.Load(TestPaths.BuiltDacpac);
        cold.Stop();
        var warm = Stopwatch.StartNew();
        SchemaCatalog.Load(TestPaths.BuiltDacpac);
        warm.Stop();

        TestContext.Out.WriteLine($"SchemaCatalog.Load: first {cold.ElapsedMilliseconds} ms, then {warm.ElapsedMilliseconds} ms");
        Assert.That(warm.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void A_column_default_is_read_from_its_constraint()
    {
        var column = Catalog.Table("dw.DimActivityType").FindColumn("IsAttributionTouch");

        Assert.That(column?.DefaultExpression, Is.EqualTo("(0)"));
    }

    [Test]
    public void The_five_user_schemas_are_listed()
    {
        Assert.That(Catalog.Schemas, Is.EquivalentTo(new[] { "dw", "etl", "prep", "rpt", "stg" }));
    }

    [Test]
    public void DimLead_has_an_int_identity_surrogate_key_and_SalesforceLeadId_as_business_key()
    {
        var lead = Catalog.Table("dw.DimLead");

        var key = lead.Columns[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(key, Is.EqualTo(new ColumnDefinition("LeadKey", new SqlType("int"), IsNullable: false, IsIdentity: true)));
            Assert.That(lead.PrimaryKey, Is.EqualTo(new[] { "LeadKey" }));
            Assert.That(lead.BusinessKey, Is.EqualTo(new[] { "SalesforceLeadId" }));
            Assert.That(lead.IdentityColumn?.Name, Is.EqualTo("LeadKey"));
            Assert.That(lead.Description, Does.StartWith("One row per Salesforce lead or contact"));
        }
    }

    [Test]
    public void Column_types_keep_length_precision_scale_and_max()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Catalog.Table("dw.DimLead").FindColumn("EmailHash"), Is.EqualTo(new ColumnDefinition("EmailHash", new SqlType("char", Length: 64), true)));
            Assert.That(Catalog.Table("dw.DimLead").FindColumn("CreatedAtUtc")!.Type.ToTSql(), Is.EqualTo("datetime2(3)"));
            Assert.That(Catalog.Table("dw.FactStageHistory").FindColumn("BusinessHours")!.Type.ToTSql(), Is.EqualTo("decimal(12,2)"));
            Assert.That(Catalog.Table("dw.FactStageHistory").FindColumn("StageHistoryKey")!.Type.ToTSql(), Is.EqualTo("bigint"));
            Assert.That(Catalog.Table("stg.MarketoActivity").FindColumn("attributes")!.Type.IsMax, Is.True);
            Assert.That(Catalog.Table("stg.SalesforceOpportunity").FindColumn("Amount")!.Type.ToTSql(), Is.EqualTo("decimal(19,4)"));
        }
    }

    [Test]
    public void FactSlaClock_references_DimLead_by_LeadKey()
    {
        var foreignKey = Catalog.Table("dw.FactSlaClock").ForeignKeys.Single(fk => fk.ReferencedTable == "dw.DimLead");

        Assert.That(foreignKey, Is.EqualTo(foreignKey with { Name = "FK_FactSlaClock_DimLead_LeadKey" }));
        Assert.That(foreignKey.Columns, Is.EqualTo(new[] { "LeadKey" }));
        Assert.That(foreignKey.ReferencedColumns, Is.EqualTo(new[] { "LeadKey" }));
    }

    [Test]
    public void FactSlaClock_business_key_is_lead_rule_and_start()
    {
        Assert.That(Catalog.Table("dw.FactSlaClock").BusinessKey, Is.EqualTo(new[] { "LeadKey", "SlaRuleKey", "StartedAtUtc" }));
    }

    [Test]
    public void DimDate_business_key_is_its_natural_primary_key_DateKey()
    {
        var date = Catalog.Table("dw.DimDate");

        Assert.That(date.BusinessKey, Is.EqualTo(new[] { "DateKey" }));
        Assert.That(date.UniqueKeys, Is.EqualTo(new[] { new[] { "Date" } }));
    }

    [Test]
    public void Tables_come_after_the_tables_they_reference()
    {
        var position = Catalog.Tables.Select((t, i) => (t.FullName, i)).ToDictionary(x => x.FullName, x => x.i);

        var violations = Catalog.Tables
            .SelectMany(t => t.ForeignKeys.Where(fk => fk.ReferencedTable != t.FullName && position[fk.ReferencedTable] > position[t.FullName])
                .Select(fk => $"{t.FullName} before {fk.ReferencedTable}"));

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void The_catalog_carries_the_post_deployment_script()
    {
        Assert.That(Catalog.PostDeploymentScript, Is.EqualTo(File.ReadAllText(Path.Combine(TestPaths.WarehouseDirectory, "Scripts", "PostDeployment.sql"))));
    }

    [Test]
    public void A_view_body_is_the_query_after_AS_without_the_header_or_terminator()
    {
        var stage = Catalog.View("rpt.Stage");

        Assert.That(stage.SelectSql, Does.StartWith("SELECT\n    s.StageKey,").And.EndWith("FROM dw.DimStage AS s"));
        Assert.That(stage.Description, Does.StartWith("One row per funnel stage"));
    }

    [Test]
    public void View_columns_come_in_order_with_the_types_the_model_resolves()
    {
        var lead = Catalog.View("rpt.Lead");
        var history = Catalog.View("rpt.BatchHistory");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lead.Columns[0], Is.EqualTo(new ViewColumn("LeadKey", new SqlType("int"))));
            Assert.That(lead.Columns.Single(c => c.Name == "EmailDomain").Type, Is.EqualTo(new SqlType("nvarchar", Length: 255)));
            Assert.That(history.Columns.Single(c => c.Name == "RowsRead").Type, Is.EqualTo(new SqlType("bigint")));
            Assert.That(history.Columns.Single(c => c.Name == "StartedAtUtc").Type, Is.EqualTo(new SqlType("datetime2", Precision: 3)));
        }
    }

    [Test]
    public void An_unknown_table_name_is_reported_by_name()
    {
        Assert.That(() => Catalog.Table("dw.DimNothing"), Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("dw.DimNothing"));
    }
}
