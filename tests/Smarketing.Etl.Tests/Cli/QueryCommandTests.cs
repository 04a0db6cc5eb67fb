using System.Text.Json;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Cli;

/// <summary><c>smarketing query</c> run as a real process against a freshly deployed (empty) embedded warehouse: the statement
/// goes to the engine as written, output formats, and expected failures as messages with exit codes.</summary>
[NonParallelizable]
public class QueryCommandTests
{
    private string folder = null!;
    private string database = null!;

    [OneTimeSetUp]
    public void Deploy()
    {
        folder = CliProcess.TempFolder();
        database = Path.Combine(folder, "warehouse.duckdb");
        var (code, output) = CliProcess.Run("deploy", "--database", database, "--log-dir", folder);
        Assert.That(code, Is.EqualTo(0), output);
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(folder, recursive: true);

    private (int Code, string Output) Query(params string[] args) => CliProcess.Run(["query", .. args, "--database", database, "--log-dir", folder]);

    [Test]
    public void Comments_before_inside_and_after_the_statement_are_sent_as_written()
    {
        var (code, output) = Query("-- how many batches?\nSELECT /* all of them */ count(*) AS Batches FROM etl.BatchRun -- none yet", "--format", "csv");
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output.ReplaceLineEndings("\n"), Is.EqualTo("Batches\n0\n"));
    }

    [Test]
    public void Show_tables_and_describe_work_because_the_statement_is_not_wrapped_in_a_subquery()
    {
        var (code, output) = Query("SHOW ALL TABLES", "--format", "csv");
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("rpt,FunnelConversion").And.Contain("dw,FactSlaClock"));
        (code, output) = Query("DESCRIBE rpt.SlaExceptions", "--format", "csv");
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("HoursOverdue"));
    }

    [Test]
    public void A_statement_the_engine_refuses_is_a_message_and_exit_2_not_a_stack_trace()
    {
        var (code, output) = Query("SELEC 1");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Does.Contain("The query was refused: Parser Error: syntax error at or near \"SELEC\""));
            Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
        });
        (code, output) = Query("SELECT Nope FROM rpt.FunnelConversion");
        Assert.That((code, output.Contains("Binder Error", StringComparison.Ordinal)), Is.EqualTo((2, true)), output);
        (code, output) = Query("-- only a comment");
        Assert.That((code, output.Contains("holds no statement", StringComparison.Ordinal)), Is.EqualTo((2, true)), output);
    }

    [Test]
    public void A_statement_that_fails_while_running_is_a_message_and_exit_1()
    {
        var (code, output) = Query("SELECT CAST('x' AS int)");
        Assert.That(code, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("The query failed: Conversion Error").And.Not.Contain("   at "));
    }

    [Test]
    public void Query_never_changes_the_warehouse_even_when_the_statement_would()
    {
        var (code, output) = Query("DROP VIEW rpt.Lead");
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("rolled back"));
        // A deployed warehouse holds only the unknown member (LeadKey 0), so the view still answers with one row.
        Assert.That(Query("SELECT count(*) AS Leads FROM rpt.Lead", "--format", "csv").Output.ReplaceLineEndings("\n"), Is.EqualTo("Leads\n1\n"));
    }

    [Test]
    public void Json_writes_an_array_of_objects_with_numbers_as_numbers_and_null_as_null()
    {
        var (code, output) = Query("SELECT 1 AS Id, 'a \"quoted\" name' AS Name, CAST(2.50 AS decimal(9,2)) AS Amount, NULL AS Missing, " +
                                   "TIMESTAMP '2024-03-01 09:30:00' AS At UNION ALL SELECT 2, 'b', 0.10, NULL, TIMESTAMP '2024-03-02 00:00:00' ORDER BY Id",
            "--format", "json");
        Assert.That(code, Is.EqualTo(0), output);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[0].GetProperty("Id").GetInt32(), Is.EqualTo(1));
            Assert.That(rows[0].GetProperty("Name").GetString(), Is.EqualTo("a \"quoted\" name"));
            Assert.That(rows[0].GetProperty("Amount").GetDecimal(), Is.EqualTo(2.50m));
            Assert.That(rows[0].GetProperty("Missing").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(rows[0].GetProperty("At").GetString(), Is.EqualTo("2024-03-01T09:30:00"));
            Assert.That(rows[1].GetProperty("At").GetString(), Is.EqualTo("2024-03-02"), "a midnight instant is written as its date");
        });
    }

    [Test]
    public void Markdown_writes_a_pipe_table_right_aligning_numbers_escaping_pipes_and_saying_how_many_rows_were_left_out()
    {
        var (code, output) = Query("SELECT * FROM (VALUES (1, 'a|b'), (2, 'c'), (3, 'd')) AS t(N, Label) ORDER BY N", "--format", "markdown", "--max-rows", "2");
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output.ReplaceLineEndings("\n"), Is.EqualTo(
            "| N | Label |\n| ---: | --- |\n| 1 | a\\|b |\n| 2 | c |\n\n… 1 more row(s) not shown (--max-rows 2).\n"));
    }

    [Test]
    public void Rows_wider_than_the_screen_are_printed_as_one_block_per_record()
    {
        var (code, output) = Query("SELECT repeat('x', 100) AS First, repeat('y', 100) AS Second, repeat('z', 100) AS Third");
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("record 1").And.Contain("Second │ " + new string('y', 100)));
        (code, output) = Query("SELECT 1 AS Narrow");
        Assert.That(output, Does.Contain("│ Narrow │").And.Contain("(1 row(s))"));
    }

    [TestCase("query", "SELECT 1")]
    [TestCase("batches")]
    [TestCase("report", "dashboard", "--out", "never.html")]
    public void On_SQL_Server_a_read_command_without_a_connection_string_exits_2_naming_the_option_and_the_variable(params string[] command)
    {
        if (Environment.GetEnvironmentVariable("SMARKETING_SQLSERVER") is { Length: > 0 })
        {
            Assert.Ignore("SMARKETING_SQLSERVER is set in this environment: the command would use it");
        }

        var (code, output) = CliProcess.Run([.. command, "--engine", "sqlserver", "--log-dir", folder]);
        Assert.That(code, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("No SQL Server connection string: pass --connection-string or set SMARKETING_SQLSERVER"));
    }

    [Test]
    public void On_SQL_Server_an_unreachable_server_is_a_message_and_exit_1_that_never_shows_the_password()
    {
        var (code, output) = CliProcess.Run("query", "SELECT 1", "--engine", "sqlserver", "--connection-string",
            "Server=tcp:127.0.0.1,1;User ID=etl;Password=NotShown-4711;Connect Timeout=2;Encrypt=false", "--log-dir", folder);
        Assert.That(code, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("Cannot open the SQL Server warehouse").And.Not.Contain("NotShown-4711").And.Not.Contain("   at "));
    }
}
