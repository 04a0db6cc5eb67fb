using System.CommandLine;
using System.Globalization;
using Smarketing.Cli.Console;
using Smarketing.Etl.Pipeline;
using Smarketing.Reporting;
using Spectre.Console;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing batches</c>: the batch history with status, as-of, duration and row counts (either engine).</summary>
internal static class BatchesCommand
{
    public static Command Create()
    {
        var target = new WarehouseReadOptions();
        var last = new Option<int>("--last") { Description = "How many recent batches to show.", DefaultValueFactory = _ => 20 };
        var command = new Command("batches", "List the batch history of the warehouse (status, as-of, counts, exit code).") { last };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            return target.Read(parse, log, loader =>
            {
                QueryResultFormats.WidenWhenRedirected();
                var table = new Table().Border(TableBorder.Rounded)
                    .AddColumns("Batch", "Status", "Started (UTC)", "Duration", "As of (UTC)", "Mode", "Exit")
                    .AddColumns("Read", "Inserted", "Updated", "Rejected", "Message");
                foreach (var r in BatchHistoryQuery.Read(loader, parse.GetValue(last)))
                {
                    table.AddRow(
                        N(r.BatchId), r.Status, T(r.StartedAtUtc), r.FinishedAtUtc is { } f ? $"{(f - r.StartedAtUtc).TotalSeconds:0.0} s" : "—",
                        r.AsOfUtc is { } a ? T(a) : "—", r.Mode, r.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "—",
                        N(r.RowsRead), N(r.RowsInserted), N(r.RowsUpdated), N(r.RowsRejected),
                        Markup.Escape(r.Message is { Length: > 60 } m ? m[..60] + "…" : r.Message ?? ""));
                }

                AnsiConsole.Write(table);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string T(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
