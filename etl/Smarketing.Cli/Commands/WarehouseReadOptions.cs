using System.CommandLine;
using Serilog;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Cli.Commands;

/// <summary>The options with which a read-only command (query, batches, report …) names its warehouse — the same as
/// <c>run</c>'s: <c>--engine duckdb</c> with <c>--database</c>, or <c>--engine sqlserver</c> with <c>--connection-string</c>
/// (default the SMARKETING_SQLSERVER variable; never logged) and <c>--database-name</c>.</summary>
internal sealed class WarehouseReadOptions
{
    private readonly Option<string> engine = CommonOptions.Engine();
    private readonly Option<FileInfo> database = CommonOptions.Database();
    private readonly Option<string?> connection = CommonOptions.ConnectionString();
    private readonly Option<string?> databaseName = new("--database-name")
    {
        Description = "SQL Server database to read (engine sqlserver). Default: the connection string's database, else SmarketingWarehouse.",
    };

    private readonly Option<FileInfo?> dacpac = CommonOptions.Dacpac();

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(engine);
        command.Add(database);
        command.Add(connection);
        command.Add(databaseName);
        command.Add(dacpac);
    }

    /// <summary>Opens the warehouse the options name for reading, runs <paramref name="work"/> and maps expected failures to
    /// exit codes. On SQL Server no writer lock is taken: a report can be read while a batch runs (it sees the last committed
    /// batch).</summary>
    public int Read(ParseResult parse, ILogger log, Func<IWarehouseLoader, int> work)
    {
        if (parse.GetValue(engine) != "sqlserver")
        {
            return Warehouse.WithDuckDb(parse.GetValue(database)!, parse.GetValue(dacpac), log, loader => work(loader));
        }

        var connectionString = parse.GetValue(connection) ?? Environment.GetEnvironmentVariable(Warehouse.ConnectionStringVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            log.Error("No SQL Server connection string: pass --connection-string or set {Variable}.", Warehouse.ConnectionStringVariable);
            return ExitCodes.InvalidArguments;
        }

        return Warehouse.WithSqlServer(connectionString, parse.GetValue(databaseName), parse.GetValue(dacpac), log, loader => work(loader),
            reader: true);
    }
}
