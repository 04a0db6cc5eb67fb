using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Cli;

public class CommandLineTests
{
    [TestCase("generate", "--leads")]
    [TestCase("deploy", "--allow-data-loss")]
    [TestCase("script", "--out")]
    [TestCase("run", "--max-reject-percent")]
    [TestCase("batches", "--last")]
    [TestCase("demo", "--seed")]
    [TestCase("query", "--max-rows")]
    [TestCase("report sla-exceptions", "--format")]
    [TestCase("report dashboard", "--out")]
    [TestCase("check-powerbi", "--project")]
    [TestCase("mapping check", "--mapping")]
    [TestCase("schedule sql-agent", "--operator")]
    public void Every_command_explains_itself_with_help(string command, string option)
    {
        var (code, output) = CliProcess.Run([.. command.Split(' '), "--help"]);
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain(option).And.Contain("Usage:"));
    }

    [Test]
    public void An_unknown_option_exits_with_code_2_and_says_why()
    {
        var (code, output) = CliProcess.Run("run", "--sauce", "x");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Does.Contain("--sauce"));
    }

    [Test]
    public void A_bad_configuration_exits_with_code_3_listing_the_problem()
    {
        var folder = CliProcess.TempFolder();
        var config = Path.Combine(folder, "funnel.json");
        File.WriteAllText(config, """{ "fiscalYearStartMonth": 0, "stages": [], "defaultCalendar": "x" }""");
        var (code, output) = CliProcess.Run("run", "--source", folder, "--database", Path.Combine(folder, "w.duckdb"), "--config", config, "--log-dir", folder);
        Assert.That(code, Is.EqualTo(3), output);
        Assert.That(output, Does.Contain("fiscalYearStartMonth: 0 is not a month (allowed: 1–12)"));
    }

    [Test]
    public void The_offline_create_script_holds_the_whole_model()
    {
        var folder = CliProcess.TempFolder();
        var script = Path.Combine(folder, "create.sql");
        var (code, output) = CliProcess.Run("script", "--out", script, "--log-dir", folder);
        Assert.That(code, Is.EqualTo(0), output);
        var text = File.ReadAllText(script);
        Assert.That(text, Does.Contain("CREATE TABLE [dw].[FactSlaClock]").And.Contain("CREATE VIEW rpt.SlaCompliance").And.Contain("CREATE ROLE [ReportingReader]"));
    }

    [Test]
    public void A_read_only_command_on_a_missing_warehouse_exits_2_and_creates_no_file()
    {
        var folder = CliProcess.TempFolder();
        var database = Path.Combine(folder, "nowhere.duckdb");
        var (code, output) = CliProcess.Run("query", "SELECT 1", "--database", database, "--log-dir", folder);
        Assert.That(code, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("does not exist: load it with 'smarketing run'"));
        Assert.That(File.Exists(database), Is.False);
    }

    [Test]
    public void Demo_runs_end_to_end_and_writes_the_warehouse_and_reports()
    {
        var folder = CliProcess.TempFolder();
        var (code, output) = CliProcess.Run("demo", "--out", folder, "--leads", "200", "--log-dir", folder);
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(new[] { "warehouse.duckdb", "reports/dashboard.html", "reports/sla-exceptions.html", "reports/sla-exceptions.csv" }
            .Where(f => !File.Exists(Path.Combine(folder, f))), Is.Empty);
    }
}
