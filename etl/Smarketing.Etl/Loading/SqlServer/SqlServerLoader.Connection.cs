using System.Data;
using System.Globalization;
using Microsoft.Data.SqlClient;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.SqlServer;

public sealed partial class SqlServerLoader
{
    /// <summary>Per-statement timeout when the connection string sets none: a batch upserts whole tables, far beyond SqlClient's 30 s.</summary>
    public const int DefaultCommandTimeoutSeconds = 3600;

    /// <summary>Transient failures (SqlClient's own list: failover, throttling, deadlock victim …) are retried five times with
    /// exponential back-off, when connecting and for commands outside a transaction. SqlClient never retries a command inside
    /// a transaction; the short bookkeeping transactions are retried as a whole, and a failed batch is re-run by the scheduler.</summary>
    public static SqlRetryLogicOption RetryOptions { get; } = new()
    {
        NumberOfTries = 5,
        DeltaTime = TimeSpan.FromSeconds(1),
        MaxTimeInterval = TimeSpan.FromSeconds(20),
    };

    /// <summary>The connection string the loader uses: the caller's, with the database replaced when one is given, MARS on, and
    /// pooling off (the session's application lock and temporary tables must end with the loader). Authentication and every
    /// other keyword are kept as given.</summary>
    public static SqlConnectionStringBuilder ConnectionSettings(string connectionString, string? databaseName = null)
    {
        var settings = new SqlConnectionStringBuilder(connectionString);
        if (!string.IsNullOrWhiteSpace(databaseName))
        {
            settings.InitialCatalog = databaseName;
        }

        settings.MultipleActiveResultSets = true;
        settings.Pooling = false;
        if (!settings.ShouldSerialize("Application Name"))
        {
            settings.ApplicationName = "smarketing";
        }

        return settings;
    }

    /// <summary>Seconds a statement (or a bulk copy) may take: the connection string's <c>Command Timeout</c> when it sets one.</summary>
    public static int CommandTimeout(SqlConnectionStringBuilder settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.ShouldSerialize("Command Timeout") ? settings.CommandTimeout : DefaultCommandTimeoutSeconds;
    }

    private SqlCommand Command(string sql, SqlTransaction? inTransaction = null) => new(sql, connection, inTransaction ?? transaction)
    {
        CommandTimeout = commandTimeoutSeconds,
        RetryLogicProvider = retry,
    };

    private SqlCommand Command(string sql, SqlTransaction? inTransaction, params (string Name, object? Value)[] parameters)
    {
        var command = Command(sql, inTransaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(Parameter(name, SqlServerBatchSql.ParameterType(Catalog, name), value));
        }

        return command;
    }

    /// <summary>A parameter typed exactly like the column it feeds (no implicit conversions, no plan per string length).</summary>
    internal static SqlParameter Parameter(string name, SqlType type, object? value)
    {
        var dbType = type.Name == "numeric" ? SqlDbType.Decimal
            : Enum.TryParse<SqlDbType>(type.Name, ignoreCase: true, out var parsed) ? parsed
            : throw new NotSupportedException($"SQL type '{type}' has no SqlDbType.");
        var parameter = new SqlParameter(name, dbType) { Value = ClrValue.Convert(value, ClrValue.For(type)) ?? DBNull.Value };
        if (parameter.Value is DateOnly date)
        {
            parameter.Value = date.ToDateTime(TimeOnly.MinValue);
        }

        if (type.Length is { } length)
        {
            parameter.Size = length;
        }

        if (type.Name is "decimal" or "numeric")
        {
            parameter.Precision = checked((byte)(type.Precision ?? 18));
            parameter.Scale = checked((byte)(type.Scale ?? 0));
        }
        else if (type.Name is "datetime2" or "time" or "datetimeoffset")
        {
            parameter.Scale = checked((byte)(type.Precision ?? 7));
        }

        return parameter;
    }

    private void AcquireLock()
    {
        using var command = Command(SqlServerBatchSql.AcquireLock, null,
            ("@resource", SqlServerBatchSql.LockResource), ("@timeout", SqlServerBatchSql.LockTimeoutMilliseconds));
        var result = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (result == -999)
        {
            throw new InvalidOperationException($"sp_getapplock rejected its arguments for '{SqlServerBatchSql.LockResource}'.");
        }

        if (result < 0)
        {
            throw new WarehouseBusyException(
                $"The warehouse database {connection.Database} on {connection.DataSource} is in use by another run " +
                $"(application lock '{SqlServerBatchSql.LockResource}' not granted within {SqlServerBatchSql.LockTimeoutMilliseconds} ms, sp_getapplock returned {result}).");
        }

        locked = true;
    }

    private void ReleaseLock()
    {
        if (!locked || connection.State != ConnectionState.Open)
        {
            return;
        }

        locked = false;
        try
        {
            using var command = Command(SqlServerBatchSql.ReleaseLock, null, ("@resource", SqlServerBatchSql.LockResource));
            command.ExecuteNonQuery();
        }
        catch (SqlException)
        {
            // Closing the session (pooling is off) releases the lock anyway.
        }
    }
}
