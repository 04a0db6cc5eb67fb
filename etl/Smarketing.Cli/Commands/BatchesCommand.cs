using System.CommandLine;
using System.Globalization;
using Dapper;
using Smarketing.Cli.Console;
using Spectre.Console;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing batches</c>: the batch history with status, as-of, duration and row counts.</summary>
internal static class BatchesCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var dacpac = CommonOptions.Dacpac();
        var last = new Option<int>("--last") { Description = "How many recent batches to show.", DefaultValueFactory = _ => 20 };
        var command = new Command("batches", "List the batch history of the embedded warehouse (status, as-of, counts, exit code).") { database, dacpac, last };
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            return Warehouse.WithDuckDb(parse.GetValue(database)!, parse.GetValue(dacpac), log, loader =>
            {
                var rows = loader.Connection.Query<(int BatchId, string Status, DateTime Started, DateTime? Finished, DateTime AsOf, string Mode, int? ExitCode, long Read, long Inserted, long Updated, long Rejected, string? Message)>(
                    "SELECT b.BatchId, b.Status, b.StartedAtUtc, b.FinishedAtUtc, b.AsOfUtc, b.Mode, b.ExitCode, " +
                    "CAST(COALESCE(SUM(c.RowsRead), 0) AS bigint), CAST(COALESCE(SUM(c.RowsInserted), 0) AS bigint), CAST(COALESCE(SUM(c.RowsUpdated), 0) AS bigint), " +
                    "CAST(COALESCE(SUM(c.RowsRejected), 0) AS bigint), b.Message " +
                    "FROM etl.BatchRun AS b LEFT JOIN etl.BatchEntityCount AS c ON c.BatchId = b.BatchId AND c.EntityName NOT LIKE '%.%' " +
                    "GROUP BY b.BatchId, b.Status, b.StartedAtUtc, b.FinishedAtUtc, b.AsOfUtc, b.Mode, b.ExitCode, b.Message " +
                    "ORDER BY b.BatchId DESC LIMIT $last", new { last = parse.GetValue(last) });
                var table = new Table().Border(TableBorder.Rounded)
                    .AddColumns("Batch", "Status", "Started (UTC)", "Duration", "As of (UTC)", "Mode", "Exit", "Read", "Inserted", "Updated", "Rejected", "Message");
                foreach (var r in rows)
                {
                    table.AddRow(
                        N(r.BatchId), r.Status, T(r.Started), r.Finished is { } f ? $"{(f - r.Started).TotalSeconds:0.0} s" : "—", T(r.AsOf), r.Mode,
                        r.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "—", N(r.Read), N(r.Inserted), N(r.Updated), N(r.Rejected),
                        Markup.Escape(r.Message is { Length: > 60 } m ? m[..60] + "…" : r.Message ?? ""));
                }

                AnsiConsole.Write(table);
                return 0;
            });
        });
        return command;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string T(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
