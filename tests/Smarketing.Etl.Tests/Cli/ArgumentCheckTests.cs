using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Cli;

/// <summary>Arguments that cannot work are exit 2 with a message, before anything is read or written (issue 12, point 9).</summary>
[NonParallelizable]
public class ArgumentCheckTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = CliProcess.TempFolder();

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    private int Run(params string[] args) => CliInProcess.Run([.. args, "--log-dir", Path.Combine(folder, "logs")]);

    [TestCase("150")]
    [TestCase("-1")]
    [TestCase("NaN")]
    public void A_reject_share_outside_0_to_100_is_an_argument_error(string percent)
    {
        Assert.That(Run("run", "--source", folder, "--database", Path.Combine(folder, "w.duckdb"), "--max-reject-percent", percent),
            Is.EqualTo(ExitCodes.InvalidArguments));
        Assert.That(File.Exists(Path.Combine(folder, "w.duckdb")), Is.False, "no warehouse is created");
    }

    [TestCase("yesterday")]
    [TestCase("31/12/2025")]
    public void An_as_of_that_is_not_an_ISO_instant_is_an_argument_error(string asOf) =>
        Assert.That(Run("run", "--source", folder, "--database", Path.Combine(folder, "w.duckdb"), "--as-of", asOf),
            Is.EqualTo(ExitCodes.InvalidArguments));

    [TestCase("run", "--memory-limit", "2")]
    [TestCase("run", "--memory-limit", "lots")]
    [TestCase("run", "--threads", "0")]
    [TestCase("demo", "--memory-limit", "8MB")]
    [TestCase("demo", "--threads", "two")]
    public void An_engine_budget_that_is_not_a_size_or_a_thread_count_is_an_argument_error(string command, string option, string value)
    {
        var database = Path.Combine(folder, "w.duckdb");
        var args = command == "run" ? new[] { "run", "--source", folder, "--database", database } : ["demo", "--out", folder];
        Assert.That(Run([.. args, option, value]), Is.EqualTo(ExitCodes.InvalidArguments));
        Assert.That(File.Exists(database) || Directory.Exists(Path.Combine(folder, "exports")), Is.False, "nothing is written");
    }

    [Test]
    public void A_memory_budget_variable_that_is_not_a_size_is_an_argument_error()
    {
        var saved = Environment.GetEnvironmentVariable(Smarketing.Etl.Loading.DuckDb.DuckDbResources.MemoryLimitVariable);
        Environment.SetEnvironmentVariable(Smarketing.Etl.Loading.DuckDb.DuckDbResources.MemoryLimitVariable, "half");
        try
        {
            Assert.That(Run("run", "--source", folder, "--database", Path.Combine(folder, "w.duckdb")), Is.EqualTo(ExitCodes.InvalidArguments));
            Assert.That(File.Exists(Path.Combine(folder, "w.duckdb")), Is.False);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Smarketing.Etl.Loading.DuckDb.DuckDbResources.MemoryLimitVariable, saved);
        }
    }

    [Test]
    public void Generate_into_a_path_that_is_a_file_is_an_argument_error_and_leaves_the_file_alone()
    {
        var file = Path.Combine(folder, "exports");
        File.WriteAllText(file, "keep me");
        Assert.That(Run("generate", "--out", file, "--leads", "10"), Is.EqualTo(ExitCodes.InvalidArguments));
        Assert.That(File.ReadAllText(file), Is.EqualTo("keep me"));
    }

    [Test]
    public void A_SQL_Agent_job_name_with_a_line_break_is_an_argument_error()
    {
        var script = Path.Combine(folder, "job.sql");
        Assert.That(Run("schedule", "sql-agent", "--out", script, "--job-name", "Nightly\nDROP", "--schedule-time", "05:30"),
            Is.EqualTo(ExitCodes.InvalidArguments));
        Assert.That(File.Exists(script), Is.False);
    }
}
