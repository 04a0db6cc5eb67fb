using System.CommandLine;
using System.Text;
using Smarketing.Cli.Console;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Pipeline;
using Smarketing.Reporting;
using Smarketing.Reporting.Dashboard;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing report …</c>: reports rendered from the warehouse's rpt views.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var report = new Command("report", "Render reports from the warehouse (rpt views).");
        report.Add(SlaExceptions());
        report.Add(Dashboard());
        return report;
    }

    private static Command SlaExceptions()
    {
        var format = new Option<string>("--format") { Description = "csv (one row per exception) or html (grouped by manager, ready to mail).", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("csv", "html");
        var output = new Option<FileInfo>("--out") { Description = "File to write.", Required = true };
        var target = new WarehouseReadOptions();
        var command = new Command("sla-exceptions", "The sales managers' daily list: open clocks past due and recent breaches, by manager.") { format, output };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            var file = parse.GetValue(output)!;
            return target.Read(parse, log, loader =>
            {
                var count = Write(loader, parse.GetValue(format)!, file);
                log.Information("Wrote {Count} SLA exception(s) to {File}", count, file.FullName);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Dashboard()
    {
        var output = new Option<FileInfo>("--out") { Description = "HTML file to write (self-contained, works offline).", Required = true };
        var target = new WarehouseReadOptions();
        var command = new Command("dashboard",
            "Render the built-in dashboard from the rpt views: one self-contained HTML file (Executive, Funnel, SLA, " +
            "Campaigns & attribution, " +
            "Pipeline, Customers) with filters for period, team, rep, channel and persona; opens offline.") { output };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            var file = parse.GetValue(output)!;
            return target.Read(parse, log, loader =>
            {
                WriteDashboard(loader, file);
                log.Information("Wrote the dashboard to {File}", file.FullName);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>Writes the HTML dashboard; shared with <c>demo</c>.</summary>
    public static void WriteDashboard(IWarehouseLoader loader, FileInfo file)
    {
        Directory.CreateDirectory(file.DirectoryName!);
        File.WriteAllText(file.FullName, DashboardPage.Render(DashboardQueries.Load(loader)), new UTF8Encoding(false));
    }

    /// <summary>Writes the SLA exceptions file; shared with <c>demo</c>.</summary>
    public static int Write(IWarehouseLoader loader, string format, FileInfo file)
    {
        Directory.CreateDirectory(file.DirectoryName!);
        using var writer = new StreamWriter(file.FullName, false, new UTF8Encoding(false));
        return format == "csv" ? SlaExceptionReport.WriteCsv(loader, writer) : SlaExceptionReport.WriteHtml(loader, writer);
    }
}
