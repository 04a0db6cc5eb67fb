using System.CommandLine;
using System.Data.Common;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Microsoft.Data.SqlClient;
using Serilog;
using Smarketing.Cli.Console;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Loading.SqlServer;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing query</c>: run one SQL statement against the warehouse (either engine) and print the rows as a table,
/// CSV, JSON or Markdown. The statement is sent as written (not wrapped in a subquery), so comments, <c>SHOW TABLES</c> and
/// <c>DESCRIBE</c> work. It runs in a transaction that is rolled back, so it never changes the warehouse. A statement the
/// engine refuses is a message and exit 2, a failure while it runs exit 1.</summary>
internal static partial class QueryCommand
{
    public static Command Create()
    {
        var sql = new Argument<string>("sql") { Description = "The statement, e.g. \"SELECT * FROM rpt.SlaCompliance LIMIT 10\"." };
        var target = new WarehouseReadOptions();
        var limit = new Option<int>("--max-rows")
        {
            Description = "Rows to print at most (table and markdown formats; csv and json write every row).",
            DefaultValueFactory = _ => 200,
        };
        var format = new Option<string>("--format")
        {
            Description = "table (default; one record per block when the rows are wider than the terminal), csv, json (an array of objects) " +
                          "or markdown, all to standard output.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "csv", "json", "markdown");
        var command = new Command("query", "Run a SQL statement against the warehouse and print the rows.") { sql, limit, format };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            return target.Read(parse, log,
                loader => Run(loader, parse.GetValue(sql)!, parse.GetValue(format)!, parse.GetValue(limit), log));
        });
        return command;
    }

    /// <summary>DuckDB's messages for a statement it refuses before running it (its error type is not always set on this
    /// path).</summary>
    private static readonly string[] RefusedPrefixes =
        ["Parser Error", "Binder Error", "Catalog Error", "Not implemented Error", "Permission Error"];

    private static int Run(IWarehouseLoader loader, string sql, string format, int maxRows, ILogger log)
    {
        if (string.IsNullOrWhiteSpace(Comments().Replace(sql, "")))
        {
            log.Error("The query holds no statement (only comments or blanks).");
            return ExitCodes.InvalidArguments;
        }

        try
        {
            // Inside a transaction that is always rolled back: query reads, it never changes the warehouse (a stray UPDATE or DROP
            // is undone; both engines roll back DDL).
            var connection = loader switch
            {
                DuckDbLoader duckDb => duckDb.Connection,
                SqlServerLoader sqlServer => sqlServer.Connection,
                _ => throw new NotSupportedException($"query does not know the engine {loader.Engine}."),
            };
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql;
                using var reader = command.ExecuteReader();
                QueryResultFormats.Write(reader, format, maxRows, System.Console.Out);
            }

            transaction.Rollback();
            return ExitCodes.Success;
        }
        catch (DbException e) when (IsRefusedStatement(e))
        {
            log.Error("The query was refused: {Reason}", e.Message);
            return ExitCodes.InvalidArguments;
        }
        catch (DbException e)
        {
            log.Error("The query failed: {Reason}", e.Message);
            return ExitCodes.Failure;
        }
    }

    /// <summary>True when the engine rejected the statement itself (syntax, unknown table or column, wrong types), as opposed
    /// to a failure while running it (a conversion error in a row, a lost connection).</summary>
    private static bool IsRefusedStatement(DbException e) => e switch
    {
        DuckDBException d => d.ErrorType is DuckDBErrorType.Parser or DuckDBErrorType.Binder or DuckDBErrorType.Catalog
            or DuckDBErrorType.Syntax or DuckDBErrorType.NotImplemented or DuckDBErrorType.Permission
            || RefusedPrefixes.Any(p => d.Message.StartsWith(p, StringComparison.Ordinal)),
        // 102 syntax, 156 keyword, 207 column, 208 object, 4104 multi-part identifier, 8120 group by, 229/230 permission.
        SqlException s => s.Number is 102 or 105 or 156 or 207 or 208 or 4104 or 8120 or 229 or 230,
        _ => false,
    };

    [GeneratedRegex(@"--[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
