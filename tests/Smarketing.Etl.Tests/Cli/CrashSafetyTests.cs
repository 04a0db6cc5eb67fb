using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Cli;

/// <summary>One batch is one transaction and one writer: a process killed mid-load leaves the previous state and the re-run gives the
/// counts of an uninterrupted run; a second run while one is loading refuses to start with exit code 5.</summary>
[NonParallelizable]
public class CrashSafetyTests
{
    private string folder = null!;
    private string exports = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        (folder, exports) = CliProcess.Generated(3000, 21);
    }

    /// <summary>Starts <c>smarketing run</c> and returns once its log says it is staging the Marketo activities (mid-batch).</summary>
    private Process StartRunAndWaitUntilLoading(string database)
    {
        var process = CliProcess.Start("run", "--source", exports, "--database", database, "--log-dir", folder);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var watch = Stopwatch.StartNew();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.Contains("Staged MarketoLeads.csv", StringComparison.Ordinal))
            {
                return process;
            }

            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromMinutes(2)), "the run never reached the activity staging");
        }

        Assert.Fail("the run ended before it reached the activity staging");
        return process;
    }

    private static Dictionary<string, long> Counts(string database)
    {
        using var db = new DuckDBConnection($"Data Source={database}");
        db.Open();
        var tables = db.Query<string>("SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema IN ('stg','dw') AND table_type = 'BASE TABLE'").ToList();
        return tables.ToDictionary(t => t, t => db.ExecuteScalar<long>($"SELECT count(*) FROM {t}"));
    }

    [Test]
    public void A_run_killed_mid_load_leaves_the_previous_state_and_the_rerun_matches_an_uninterrupted_run()
    {
        var reference = Path.Combine(folder, "reference.duckdb");
        Assert.That(CliProcess.Run("run", "--source", exports, "--database", reference, "--log-dir", folder).ExitCode, Is.EqualTo(0));

        var crashed = Path.Combine(folder, "crashed.duckdb");
        Assert.That(CliProcess.Run("deploy", "--database", crashed, "--log-dir", folder).ExitCode, Is.EqualTo(0));
        var empty = Counts(crashed);
        using (var run = StartRunAndWaitUntilLoading(crashed))
        {
            run.Kill(entireProcessTree: true);
            run.WaitForExit();
        }

        Assert.That(Counts(crashed), Is.EqualTo(empty), "the killed batch must not leave partial rows");
        var rerun = CliProcess.Run("run", "--source", exports, "--database", crashed, "--log-dir", folder);
        Assert.That(rerun.ExitCode, Is.EqualTo(0), rerun.Output);
        Assert.That(Counts(crashed), Is.EqualTo(Counts(reference)));
        using var db = new DuckDBConnection($"Data Source={crashed}");
        db.Open();
        Assert.That(db.Query<string>("SELECT Status FROM etl.BatchRun ORDER BY BatchId"), Is.EqualTo(new[] { "Abandoned", "Succeeded" }));
    }

    [Test]
    public void A_second_run_while_one_is_loading_refuses_to_start_with_exit_code_5()
    {
        var database = Path.Combine(folder, "busy.duckdb");
        using var first = StartRunAndWaitUntilLoading(database);
        var second = CliProcess.Run("run", "--source", exports, "--database", database, "--log-dir", folder);
        Assert.That(second.ExitCode, Is.EqualTo(5), second.Output);
        Assert.That(second.Output, Does.Contain("in use by another process"));
        first.StandardOutput.ReadToEnd();
        first.WaitForExit();
        Assert.That(first.ExitCode, Is.EqualTo(0), "the first run completes undisturbed");
    }
}
