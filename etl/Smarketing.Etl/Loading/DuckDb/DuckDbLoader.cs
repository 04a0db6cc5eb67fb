using System.Data.Common;
using DuckDB.NET.Data;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.DuckDb;

/// <summary>The embedded warehouse: one DuckDB file. DuckDB's own file lock keeps a second process out.</summary>
public sealed partial class DuckDbLoader : IWarehouseLoader
{
    private readonly DuckDBConnection connection;
    private DuckDBTransaction? transaction;

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
            throw new WarehouseBusyException($"The warehouse {full} is in use by another process (another run is in progress).", e);
        }

        return new DuckDbLoader(connection, catalog, full);
    }

    /// <summary>The underlying connection, for reports and tests that query the warehouse directly.</summary>
    public DbConnection Connection => connection;

    /// <inheritdoc />
    public void BeginTransaction() => transaction = connection.BeginTransaction();

    /// <inheritdoc />
    public void Commit()
    {
        transaction?.Commit();
        transaction?.Dispose();
        transaction = null;
    }

    /// <inheritdoc />
    public void Rollback()
    {
        transaction?.Rollback();
        transaction?.Dispose();
        transaction = null;
    }

    /// <inheritdoc />
    public DbDataReader Read(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteReader();
    }

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
