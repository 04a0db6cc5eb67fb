using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.SqlServer;

/// <summary>The fixed T-SQL statements of the SQL Server loader: the single-writer application lock, and the batch records in
/// <c>etl</c> (<see cref="BatchJournalSql"/> in T-SQL). Every value is a parameter; each parameter takes the type of the column it feeds, read from the catalog.</summary>
public static class SqlServerBatchSql
{
    /// <summary>The application lock every run takes (per database): a second run waits this long, then gives up with exit code 5.</summary>
    public const string LockResource = "Smarketing.Warehouse.EtlBatch";

    /// <summary>How long a run waits for the application lock, in milliseconds.</summary>
    public const int LockTimeoutMilliseconds = 2000;

    /// <summary>Takes the session-owned exclusive lock; returns sp_getapplock's result (0 or 1 granted, negative refused).</summary>
    public const string AcquireLock =
        "DECLARE @result int;\n" +
        "EXEC @result = sys.sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = @timeout;\n" +
        "SELECT @result;";

    /// <summary>Releases the lock (closing the session releases it too).</summary>
    public const string ReleaseLock = "EXEC sys.sp_releaseapplock @Resource = @resource, @LockOwner = 'Session';";

    /// <summary>The batch journal's statements in T-SQL.</summary>
    public static BatchJournalSql Journal { get; } = BatchJournalSql.For(SqlServerDialect.Instance);

    /// <summary>The bulk-copy destination of rejected rows.</summary>
    public const string RejectedRowTable = "etl.RejectedRow";

    /// <summary>Every statement above, by name.</summary>
    public static IReadOnlyDictionary<string, string> Statements { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(AcquireLock)] = AcquireLock,
        [nameof(ReleaseLock)] = ReleaseLock,
        [nameof(BatchJournalSql.AbandonRunning)] = Journal.AbandonRunning,
        [nameof(BatchJournalSql.InsertBatchRun)] = Journal.InsertBatchRun,
        [nameof(BatchJournalSql.FinishBatchRun)] = Journal.FinishBatchRun,
        [nameof(BatchJournalSql.InsertEntityCount)] = Journal.InsertEntityCount,
    };

    /// <summary>The column each parameter feeds (<c>schema.table.column</c>); its type is the parameter's type.</summary>
    public static IReadOnlyDictionary<string, string> ParameterColumns { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["@started"] = "etl.BatchRun.StartedAtUtc",
        ["@asOf"] = "etl.BatchRun.AsOfUtc",
        ["@engine"] = "etl.BatchRun.Engine",
        ["@mode"] = "etl.BatchRun.Mode",
        ["@source"] = "etl.BatchRun.SourcePath",
        ["@host"] = "etl.BatchRun.Host",
        ["@finished"] = "etl.BatchRun.FinishedAtUtc",
        ["@status"] = "etl.BatchRun.Status",
        ["@exitCode"] = "etl.BatchRun.ExitCode",
        ["@message"] = "etl.BatchRun.Message",
        ["@notes"] = "etl.BatchRun.Notes",
        ["@batchId"] = "etl.BatchRun.BatchId",
        ["@name"] = "etl.BatchEntityCount.EntityName",
        ["@read"] = "etl.BatchEntityCount.RowsRead",
        ["@inserted"] = "etl.BatchEntityCount.RowsInserted",
        ["@updated"] = "etl.BatchEntityCount.RowsUpdated",
        ["@deleted"] = "etl.BatchEntityCount.RowsDeleted",
        ["@rejected"] = "etl.BatchEntityCount.RowsRejected",
    };

    /// <summary>The SQL type of <paramref name="parameter"/>: the lock's own parameters, or the type of the column it feeds.</summary>
    public static SqlType ParameterType(SchemaCatalog catalog, string parameter)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (parameter.Equals("@resource", StringComparison.OrdinalIgnoreCase))
        {
            return new SqlType("nvarchar", Length: 255);
        }

        if (parameter.Equals("@timeout", StringComparison.OrdinalIgnoreCase))
        {
            return new SqlType("int");
        }

        var path = ParameterColumns.TryGetValue(parameter, out var p) ? p : throw new ArgumentException($"Unknown parameter {parameter}.", nameof(parameter));
        var split = path.LastIndexOf('.');
        var table = catalog.Table(path[..split]);
        return (table.FindColumn(path[(split + 1)..]) ?? throw new KeyNotFoundException($"{path} is not in the warehouse model.")).Type;
    }
}
