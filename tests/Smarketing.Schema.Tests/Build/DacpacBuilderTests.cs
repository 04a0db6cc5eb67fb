using Microsoft.SqlServer.Dac;
using Smarketing.Schema.Build;

namespace Smarketing.Schema.Tests.Build;

public class DacpacBuilderTests
{
    [Test]
    public void The_shipped_schema_builds_with_no_errors_and_no_analysis_findings()
    {
        using var warehouse = TemporaryWarehouse.Empty();

        var result = new DacpacBuilder(TestPaths.WarehouseDirectory).Build(warehouse.DacpacPath);

        Assert.That(result.Problems.Select(p => p.ToMsBuildFormat()), Is.Empty);
        Assert.That(File.Exists(result.DacpacPath), Is.True);
    }

    [Test]
    public void A_syntax_error_fails_the_build_naming_the_file_and_line()
    {
        using var warehouse = TemporaryWarehouse.CopyOfShipped();
        var line = warehouse.Replace("dw/Tables/DimPersona.sql", "PersonaName nvarchar(100)  NOT NULL,", "PersonaName nvarchar(100)  NOT NUL,");

        var result = new DacpacBuilder(warehouse.Directory).Build(warehouse.DacpacPath);

        var error = result.Errors.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.File, Is.EqualTo("dw/Tables/DimPersona.sql"));
            Assert.That(error.Line, Is.EqualTo(line));
            Assert.That(error.Code, Is.EqualTo("SQL46010"));
            Assert.That(error.ToMsBuildFormat(), Does.StartWith($"dw/Tables/DimPersona.sql({line},").And.Contains("): error SQL46010: "));
            Assert.That(result.DacpacPath, Is.Null);
        }
    }

    [Test]
    public void An_unresolved_column_reference_fails_the_build_naming_the_file_and_line()
    {
        using var warehouse = TemporaryWarehouse.CopyOfShipped();
        var line = warehouse.Replace("rpt/Views/Persona.sql", "p.Description", "p.PersonaDescription");

        var result = new DacpacBuilder(warehouse.Directory).Build(warehouse.DacpacPath);

        Assert.That(result.Errors, Is.Not.Empty);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Errors.Select(e => (e.File, e.Line, e.Code)), Has.All.EqualTo(("rpt/Views/Persona.sql", line, "SQL71501")));
            Assert.That(result.Errors.First().Message, Does.Contain("PersonaDescription"));
            Assert.That(result.DacpacPath, Is.Null);
        }
    }

    [Test]
    public void A_foreign_key_to_a_missing_table_fails_the_build_naming_the_file_and_line()
    {
        using var warehouse = TemporaryWarehouse.CopyOfShipped();
        var line = warehouse.Replace("dw/Tables/FactSlaClock.sql", "REFERENCES dw.DimSlaRule (SlaRuleKey)", "REFERENCES dw.DimSlaRules (SlaRuleKey)");

        var result = new DacpacBuilder(warehouse.Directory).Build(warehouse.DacpacPath);

        Assert.That(result.Errors.Select(e => (e.File, e.Line, e.Code)), Has.Some.EqualTo(("dw/Tables/FactSlaClock.sql", line, "SQL71501")));
    }

    [Test]
    public void A_failed_build_deletes_the_previously_built_package_so_an_incremental_build_cannot_keep_it()
    {
        using var warehouse = TemporaryWarehouse.CopyOfShipped();
        Assert.That(new DacpacBuilder(warehouse.Directory).Build(warehouse.DacpacPath).HasErrors, Is.False);
        warehouse.Replace("rpt/Views/Stage.sql", "s.SortOrder", "s.Sort");

        new DacpacBuilder(warehouse.Directory).Build(warehouse.DacpacPath);

        Assert.That(File.Exists(warehouse.DacpacPath), Is.False);
    }

    [Test]
    public void A_syntax_error_in_the_post_deployment_script_fails_the_build()
    {
        using var warehouse = TemporaryWarehouse.CopyOfShipped();
        var line = warehouse.Replace("Scripts/PostDeployment.sql", "WHERE NOT EXISTS (SELECT 1 FROM dw.DimStage", "WHERE NOT EXISTS (SELEC 1 FROM dw.DimStage");

        var result = new DacpacBuilder(warehouse.Directory).Build(warehouse.DacpacPath);

        Assert.That(result.Errors.Select(e => (e.File, e.Line)), Has.Some.EqualTo(("Scripts/PostDeployment.sql", line)));
    }

    [Test]
    public void The_package_carries_the_pre_and_post_deployment_scripts_where_DacServices_finds_them()
    {
        using var package = DacPackage.Load(TestPaths.BuiltDacpac);

        using var post = new StreamReader(package.PostDeploymentScript);
        using var pre = new StreamReader(package.PreDeploymentScript);

        Assert.That(post.ReadToEnd(), Is.EqualTo(File.ReadAllText(Path.Combine(TestPaths.WarehouseDirectory, "Scripts", "PostDeployment.sql"))));
        Assert.That(pre.ReadToEnd(), Does.StartWith(File.ReadAllText(Path.Combine(TestPaths.WarehouseDirectory, "Scripts", "PreDeployment.sql")).TrimEnd()));
    }

    [Test]
    public void A_deployment_script_generated_from_the_package_runs_both_deployment_scripts_and_creates_the_columnstores()
    {
        using var package = DacPackage.Load(TestPaths.BuiltDacpac);

        var script = DacServices.GenerateCreateScript(package, "Smarketing", new DacDeployOptions());

        Assert.That(script, Does.Contain("-- Pre-deployment script:"));
        Assert.That(script, Does.Contain("SET IDENTITY_INSERT dw.DimLead ON;"));
        Assert.That(script, Does.Contain("CREATE CLUSTERED COLUMNSTORE INDEX [CCI_FactStageHistory]"));
    }

    [Test]
    public void A_code_analysis_finding_is_a_warning_with_its_rule_id_file_and_line()
    {
        using var warehouse = TemporaryWarehouse.CopyOfShipped();
        warehouse.Write("rpt/Views/Everything.sql", "-- One row per persona.\nCREATE VIEW rpt.Everything\nAS\nSELECT *\nFROM dw.DimPersona;\n");

        var result = new DacpacBuilder(warehouse.Directory).Build(warehouse.DacpacPath);

        Assert.That(result.HasErrors, Is.False);
        Assert.That(result.Warnings.Select(w => w.ToMsBuildFormat()), Has.Some.StartsWith("rpt/Views/Everything.sql(4,8): warning SR0001: "));
    }

    [Test]
    public void A_file_without_a_header_comment_is_a_warning()
    {
        using var warehouse = TemporaryWarehouse.CopyOfShipped();
        warehouse.Replace("rpt/Views/Persona.sql", "-- One row per buyer persona", "/* One row per buyer persona */ --");

        var result = new DacpacBuilder(warehouse.Directory).Build(warehouse.DacpacPath);

        Assert.That(result.Warnings.Select(w => (w.File, w.Code)), Is.EqualTo(new[] { ("rpt/Views/Persona.sql", "SMK0001") }));
    }

    [Test]
    public void Every_suppressed_code_analysis_rule_says_why()
    {
        Assert.That(StaticCodeAnalysis.SuppressedRules.Values, Has.All.Length.GreaterThan(20));
    }

    [Test]
    public void A_problem_formats_as_an_MSBuild_canonical_message_on_one_line()
    {
        var problem = new BuildProblem(BuildSeverity.Error, "dw/Tables/DimLead.sql", 12, 5, "SQL71501", "Unresolved\nreference.");

        Assert.That(problem.ToMsBuildFormat(), Is.EqualTo("dw/Tables/DimLead.sql(12,5): error SQL71501: Unresolved reference."));
    }
}
