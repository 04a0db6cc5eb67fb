using Dapper;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Loading;

/// <summary>The embedded engine's memory budget and threads: the machine default, the sizes accepted, and what the engine gets.</summary>
[NonParallelizable]
public class DuckDbResourcesTests
{
    private const long MiB = 1024L * 1024;
    private const long GiB = 1024L * MiB;

    [Test]
    public void The_default_budget_is_a_quarter_of_the_available_memory()
    {
        // 1.5 GiB / 4 = 384 MiB, between the 256 MiB floor and the 512 MiB cap.
        var resources = DuckDbResources.Default(1536 * MiB, 4);
        Assert.That(resources.MemoryLimitBytes, Is.EqualTo(384 * MiB));
        Assert.That(resources.Threads, Is.EqualTo(4));
        Assert.That(resources.MemoryLimitSetting, Is.EqualTo("393216KiB")); // 384 × 1024
    }

    [Test]
    public void The_default_budget_stays_between_256_MiB_and_512_MiB()
    {
        // 512 MiB / 4 = 128 MiB → the floor; 23.5 GiB (this project's build machine) / 4 = 5.9 GiB → the cap.
        Assert.That(DuckDbResources.Default(512 * MiB, 1).MemoryLimitBytes, Is.EqualTo(256 * MiB));
        Assert.That(DuckDbResources.Default(23 * GiB + 512 * MiB, 2).MemoryLimitBytes, Is.EqualTo(512 * MiB));
    }

    [Test]
    public void A_machine_reporting_no_processor_still_gets_one_thread() =>
        Assert.That(DuckDbResources.Default(4 * GiB, 0).Threads, Is.EqualTo(1));

    [TestCase("2GB", 2_000_000_000L)]
    [TestCase("512MB", 512_000_000L)]
    [TestCase("512MiB", 536_870_912L)]
    [TestCase("1.5GiB", 1_610_612_736L)]
    [TestCase(" 64 mb ", 64_000_000L)]
    [TestCase("20000KiB", 20_480_000L)]
    public void A_memory_size_is_read_in_DuckDB_units(string text, long bytes) =>
        Assert.That(DuckDbResources.ParseMemorySize(text, "--memory-limit"), Is.EqualTo(bytes));

    [TestCase("2")]
    [TestCase("lots")]
    [TestCase("2 gigs")]
    [TestCase("-1GB")]
    [TestCase("1MB")]
    [TestCase("")]
    public void A_memory_size_without_a_unit_or_below_16_MiB_is_refused_naming_the_value(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => DuckDbResources.ParseMemorySize(text, "--memory-limit"));
        Assert.That(e!.Message, Does.StartWith($"--memory-limit '{text}' is not a memory size"));
    }

    [TestCase("0")]
    [TestCase("two")]
    [TestCase("1.5")]
    [TestCase("2000")]
    public void A_thread_count_must_be_a_whole_number_from_1_to_1024(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => DuckDbResources.ParseThreads(text, "--threads"));
        Assert.That(e!.Message, Does.StartWith($"--threads '{text}' is not a thread count"));
    }

    [Test]
    public void An_option_wins_over_the_environment_variable_which_wins_over_the_default()
    {
        var saved = (Environment.GetEnvironmentVariable(DuckDbResources.MemoryLimitVariable),
            Environment.GetEnvironmentVariable(DuckDbResources.ThreadsVariable));
        try
        {
            Environment.SetEnvironmentVariable(DuckDbResources.MemoryLimitVariable, "300MB");
            Environment.SetEnvironmentVariable(DuckDbResources.ThreadsVariable, "3");
            var fromEnvironment = DuckDbResources.Resolve();
            Assert.That((fromEnvironment.MemoryLimitBytes, fromEnvironment.Threads), Is.EqualTo((300_000_000L, 3)));
            Assert.That(fromEnvironment.Source, Is.EqualTo("SMARKETING_DUCKDB_MEMORY_LIMIT, SMARKETING_DUCKDB_THREADS"));

            var fromOption = DuckDbResources.Resolve("1GB", null);
            Assert.That((fromOption.MemoryLimitBytes, fromOption.Threads), Is.EqualTo((1_000_000_000L, 3)));
            Assert.That(fromOption.Source, Is.EqualTo("--memory-limit, SMARKETING_DUCKDB_THREADS"));

            Environment.SetEnvironmentVariable(DuckDbResources.ThreadsVariable, "many");
            var e = Assert.Throws<ArgumentException>(() => DuckDbResources.Resolve());
            Assert.That(e!.Message, Does.StartWith("SMARKETING_DUCKDB_THREADS 'many' is not a thread count"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(DuckDbResources.MemoryLimitVariable, saved.Item1);
            Environment.SetEnvironmentVariable(DuckDbResources.ThreadsVariable, saved.Item2);
        }
    }

    [Test]
    public void The_engine_runs_with_the_budget_and_threads_and_removes_its_spill_folder_on_close()
    {
        var path = Path.Combine(TestTemp.Root, Guid.NewGuid() + ".duckdb");
        var catalog = new SchemaCatalog([], [], [], "");
        using (var loader = DuckDbLoader.Open(path, catalog, new DuckDbResources(100 * MiB, 1, "test")))
        {
            // 100 MiB = 102,400 KiB, the setting sent; DuckDB reports it back in MiB.
            Assert.That(loader.Connection.ExecuteScalar<string>("SELECT current_setting('memory_limit')"), Is.EqualTo("100.0 MiB"));
            Assert.That(loader.Connection.ExecuteScalar<long>("SELECT current_setting('threads')"), Is.EqualTo(1));
            Assert.That(loader.Connection.ExecuteScalar<string>("SELECT current_setting('temp_directory')"), Is.EqualTo(path + ".tmp"));
            // 16 MB sent = 16,000,000 bytes = 15.26 MiB, which DuckDB reports back truncated to one decimal.
            Assert.That(loader.Connection.ExecuteScalar<string>("SELECT current_setting('allocator_flush_threshold')"),
                Is.EqualTo("15.2 MiB"));
            Assert.That(loader.Connection.ExecuteScalar<bool>("SELECT current_setting('allocator_background_threads')"), Is.True);

            // DuckDB creates the folder only when it spills; stand in for a spill so the close has a folder to remove.
            Directory.CreateDirectory(loader.TempDirectory);
            File.WriteAllText(Path.Combine(loader.TempDirectory, "spill.block"), "x");
        }

        Assert.That(Directory.Exists(path + ".tmp"), Is.False);
        File.Delete(path);
    }
}
