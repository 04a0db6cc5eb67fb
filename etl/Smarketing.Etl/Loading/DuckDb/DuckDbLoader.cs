using System.Data.Common;
using DuckDB.NET.Data;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.DuckDb;

/// <summary>The embedded warehouse: one DuckDB file. DuckDB's own file lock keeps a second process out.</summary>
public sealed partial class DuckDbLoader : IWarehouseLoader
{
    private readonly DuckDBConnection connection;
    private DuckDBTransaction? transaction;
    private int reads;

    private DuckDbLoader(DuckDBConnection connection, SchemaCatalog catalog, string databasePath)
    {
        this.connection = connection;
        Catalog = catalog;
        DatabasePath = databasePath;
    }

    /// <inheritdoc />
    public string Engine => "duckdb";

    /// <inheritdoc />
    public SchemaCatalog Catalog { get; }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Opens (creating if needed) the database file with <paramref name="resources"/> (default:
    /// <see cref="DuckDbResources.Resolve"/> from the environment and the machine); throws <see cref="WarehouseBusyException"/> when
    /// another process holds it.</summary>
    public static DuckDbLoader Open(string databasePath, SchemaCatalog catalog, DuckDbResources? resources = null)
    {
        resources ??= DuckDbResources.Resolve();
        var full = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connection = new DuckDBConnection(ConnectionString(full));
        try
        {
            connection.Open();
        }
        catch (DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            connection.Dispose();
            throw new WarehouseBusyException(DuckDbLockHolder.Describe(full, e.Message), e);
        }

        var temp = DuckDbResources.TempDirectoryFor(full);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SET memory_limit = '{resources.MemoryLimitSetting}'; SET threads = {resources.Threads}; " +
                                  $"SET temp_directory = '{temp.Replace("'", "''", StringComparison.Ordinal)}'; " +
                                  $"SET disabled_optimizers = '{DisabledOptimizers}'; {AllocatorSettings}";
            command.ExecuteNonQuery();
        }

        return new DuckDbLoader(connection, catalog, full) { Resources = resources, TempDirectory = temp };
    }

    /// <summary>
    /// DuckDB optimizer passes the batch's connection runs without. <c>build_side_probe_side</c> swaps a hash join's sides so
    /// that the side estimated smaller is hashed, but DuckDB 1.5.6 estimates a table from its committed rows only (fixed
    /// upstream after 1.5.6, duckdb#21573), and a batch is one transaction: in a first load every staged table looks empty, so a
    /// join of 35 million uncommitted activities to a four-row view hashed the activities, with their JSON, and ran out of any
    /// budget (bench/FINDINGS.md, "the million-lead load"). Without the pass a join hashes the side the query joins (the right
    /// of a join, the subquery of <c>IN</c>), which our queries write small; the join order pass still runs.
    /// </summary>
    public const string DisabledOptimizers = "build_side_probe_side";

    /// <summary>
    /// How the engine's allocator gives memory back. By default DuckDB flushes the pages its allocator freed only after a task
    /// whose peak allocation passed 128 MiB, and runs no background thread to return them; a batch runs one large statement
    /// after another, so pages one statement freed stayed in the process while the next grew. Flushing after any task that
    /// passed 16 MB, with DuckDB's background allocator threads on, brought the 100,000-lead full load's peak working set from
    /// 980 MiB to 908–910 MiB at the same speed (bench/FINDINGS.md). The budget itself (<c>memory_limit</c>) is unchanged.
    /// </summary>
    public const string AllocatorSettings =
        "SET allocator_flush_threshold = '16MB'; SET allocator_background_threads = true";

    /// <summary>The memory budget and threads the engine runs with.</summary>
    public DuckDbResources Resources { get; private init; } = null!;

    /// <summary>Where DuckDB spills beyond its budget: <c>&lt;database&gt;.tmp</c> beside the file, removed on close.</summary>
    public string TempDirectory { get; private init; } = null!;

    /// <summary>Time spent verifying business keys before commits (<see cref="Commit"/>), for the benchmark's phase table:
    /// the rest of a commit is the engine's.</summary>
    public TimeSpan BusinessKeyCheckTime { get; private set; }

    /// <summary>The underlying connection, for reports and tests that query the warehouse directly.</summary>
    public DbConnection Connection => connection;

    /// <inheritdoc />
    public void BeginTransaction()
    {
        upserted.Clear();
        transaction = connection.BeginTransaction();
    }

    /// <inheritdoc />
    public void Commit()
    {
        var check = System.Diagnostics.Stopwatch.StartNew();
        VerifyBusinessKeys();
        BusinessKeyCheckTime += check.Elapsed;
        transaction?.Commit();
        transaction?.Dispose();
        transaction = null;
    }

    /// <inheritdoc />
    public void Rollback()
    {
        upserted.Clear();
        transaction?.Rollback();
        transaction?.Dispose();
        transaction = null;
    }

    /// <inheritdoc />
    /// <remarks>The result is spooled to a file in <see cref="TempDirectory"/> and streamed back (<see cref="SpooledDataReader"/>),
    /// so memory does not grow with its size, and nothing of it stays in the batch transaction.</remarks>
    public DbDataReader Read(string sql) =>
        SpooledDataReader.Open(connection, ConnectionString(DatabasePath), sql, Path.Combine(TempDirectory, $"read-{++reads}.parquet"));

    /// <inheritdoc />
    public long Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>Every connection to the file uses the same string, so DuckDB.NET hands them the same database instance (one
    /// budget, one lock).</summary>
    private static string ConnectionString(string databasePath) => $"Data Source={databasePath}";

    /// <inheritdoc />
    public void Dispose()
    {
        transaction?.Dispose();
        connection.Dispose();
        RemoveTempDirectory();
    }

    /// <summary>DuckDB deletes its spill files when it closes but may leave the folder; a second process holding the database
    /// cannot exist (the file lock), so the folder is this loader's alone.</summary>
    private void RemoveTempDirectory()
    {
        try
        {
            if (Directory.Exists(TempDirectory))
            {
                Directory.Delete(TempDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next close: a spill folder never holds data the warehouse needs.
        }
    }
}
