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

    /// <summary>Opens (creating if needed) the database file; throws <see cref="WarehouseBusyException"/> when another process holds it.</summary>
    public static DuckDbLoader Open(string databasePath, SchemaCatalog catalog)
    {
        var full = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connection = new DuckDBConnection($"Data Source={full}");
        try
        {
            connection.Open();
        }
        catch (DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            connection.Dispose();
            throw new WarehouseBusyException(DuckDbLockHolder.Describe(full, e.Message), e);
        }

        if (MemoryLimit is { } limit)
        {
            try
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SET memory_limit = '{limit.Replace("'", "''", StringComparison.Ordinal)}'";
                command.ExecuteNonQuery();
            }
            catch (DuckDBException e)
            {
                connection.Dispose();
                throw new ArgumentException($"{MemoryLimitVariable}='{limit}' is not a DuckDB memory size (e.g. 512MB, 2GB): {e.Message}", e);
            }
        }

        return new DuckDbLoader(connection, catalog, full);
    }

    /// <summary>Environment variable that gives the engine a memory budget, e.g. <c>512MB</c> or <c>2GB</c>.</summary>
    public const string MemoryLimitVariable = "SMARKETING_DUCKDB_MEMORY_LIMIT";

    /// <summary>
    /// The engine's memory budget from <see cref="MemoryLimitVariable"/>; null leaves DuckDB's default (80 % of the machine's memory,
    /// kept as a cache). With a budget DuckDB spills sorts, joins and temporary tables to disk beside the database instead. Not set
    /// by default: under a 512MB budget DuckDB 1.5.6 failed now and then ("Invalid unicode … in segment statistics update") in the
    /// insert that follows the update of a 3.5-million-row fact in a delta batch (bench/FINDINGS.md).
    /// </summary>
    public static string? MemoryLimit => Environment.GetEnvironmentVariable(MemoryLimitVariable) is { Length: > 0 } configured ? configured : null;

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
        VerifyBusinessKeys();
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
    /// <remarks>The result is read page by page (<see cref="PagedDataReader"/>), so memory does not grow with its size.</remarks>
    public DbDataReader Read(string sql) => PagedDataReader.Open(connection, sql, $"ReadBuffer{++reads}");

    /// <inheritdoc />
    public long Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        transaction?.Dispose();
        connection.Dispose();
    }
}
