using Microsoft.SqlServer.TransactSql.ScriptDom;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Cli;

/// <summary>The real CLI: <c>schedule sql-agent</c>, and <c>run --engine sqlserver</c> up to the point where a server is needed.</summary>
public class ScheduleCommandTests
{
    [Test]
    public void Schedule_sql_agent_writes_a_script_that_parses()
    {
        var folder = CliProcess.TempFolder();
        var script = Path.Combine(folder, "job.sql");
        var run = CliProcess.Run("schedule", "sql-agent", "--out", script, "--job-name", "Nightly", "--schedule-time", "05:30", "--operator", "DBA",
            "--cli-path", @"C:\Smarketing\smarketing.exe", "--source", @"C:\landing", "--database-name", "Warehouse", "--retries", "2", "--log-dir", Path.Combine(folder, "logs"));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        var sql = File.ReadAllText(script);
        new TSql160Parser(true).Parse(new StringReader(sql), out var errors);
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(sql, Does.Contain("@active_start_time = 53000"));
            Assert.That(sql, Does.Contain("@retry_attempts = 2"));
            Assert.That(sql, Does.Contain("run --engine sqlserver --source \"C:\\landing\" --database-name \"Warehouse\""));
        });
    }

    [Test]
    public void Schedule_sql_agent_refuses_a_time_that_is_not_HH_mm()
    {
        var folder = CliProcess.TempFolder();
        var run = CliProcess.Run("schedule", "sql-agent", "--out", Path.Combine(folder, "job.sql"), "--schedule-time", "25:00", "--log-dir", Path.Combine(folder, "logs"));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.Output);
            Assert.That(run.Output, Does.Contain("HH:mm"));
        });
    }

    [Test]
    public void Run_on_SqlServer_fails_cleanly_when_the_server_cannot_be_reached_and_never_prints_the_connection_string()
    {
        var folder = CliProcess.TempFolder();
        const string secret = "Sup3r-Secret!";
        var run = CliProcess.Run("run", "--engine", "sqlserver", "--source", folder, "--log-dir", Path.Combine(folder, "logs"),
            "--connection-string", $"Server=tcp:127.0.0.1,1;User ID=etl;Password={secret};Connect Timeout=2;Encrypt=false");
        var logs = string.Concat(Directory.EnumerateFiles(Path.Combine(folder, "logs")).Select(File.ReadAllText));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.Output);
            Assert.That(run.Output, Does.Contain("Cannot open the SQL Server warehouse"));
            Assert.That(run.Output + logs, Does.Not.Contain(secret));
        });
    }
}
