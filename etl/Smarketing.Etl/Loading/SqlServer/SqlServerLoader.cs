using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.SqlServer;

/// <summary>The production warehouse: one SQL Server database deployed from the DACPAC. One connection (MARS on, so a transform
/// can stream a query while its work table is bulk-loaded), one batch transaction, and a session-owned application lock that
/// keeps a second run out.</summary>
public sealed partial class SqlServerLoader : IWarehouseLoader
{
    private readonly SqlConnection connection;
    private readonly SqlRetryLogicBaseProvider retry;
    private readonly int commandTimeoutSeconds;
    private SqlTransaction? transaction;
    private bool locked;
    private bool disposed;

    private SqlServerLoader(SqlConnection connection, SchemaCatalog catalog, int commandTimeoutSeconds)
    {
        this.connection = connection;
        this.commandTimeoutSeconds = commandTimeoutSeconds;
        retry = SqlConfigurableRetryFactory.CreateExponentialRetryProvider(RetryOptions);
        connection.RetryLogicProvider = retry;
        Catalog = catalog;
    }

    /// <inheritdoc />
    public string Engine => "sqlserver";

    /// <inheritdoc />
    public SchemaCatalog Catalog { get; }

    /// <summary>The database being loaded.</summary>
    public string DatabaseName => connection.Database;

    /// <summary>The underlying connection, for tests and reports that query the warehouse directly (inside the batch, pass
    /// no transaction: only the loader's own commands take part in it).</summary>
    public DbConnection Connection => connection;

    /// <summary>Connects (retrying transient failures) and takes the single-writer lock; throws <see cref="WarehouseBusyException"/>
    /// when another run holds it. <paramref name="databaseName"/>, when given, replaces the connection string's database; every
    /// other keyword (authentication included) passes through unchanged. A <paramref name="reader"/> (query, batches, reports) takes
    /// no lock: it only reads committed rows, so it neither waits for nor blocks a running batch.</summary>
    public static SqlServerLoader Open(string connectionString, SchemaCatalog catalog, string? databaseName = null, bool reader = false)
    {
        var settings = ConnectionSettings(connectionString, databaseName);
        var loader = new SqlServerLoader(new SqlConnection(settings.ConnectionString), catalog, CommandTimeout(settings));
        try
        {
            loader.connection.Open();
            if (!reader)
            {
                loader.AcquireLock();
            }

            return loader;
        }
        catch
        {
            loader.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void BeginTransaction() => transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);

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
        // After a severe error SQL Server has already rolled the transaction back; SqlClient then detaches it from the connection.
        if (transaction?.Connection is not null)
        {
            transaction.Rollback();
        }

        transaction?.Dispose();
        transaction = null;
    }

    /// <inheritdoc />
    public DbDataReader Read(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteReader();
    }

    /// <inheritdoc />
    public long Execute(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        transaction?.Dispose();
        transaction = null;
        ReleaseLock();
        connection.Dispose();
    }
}
