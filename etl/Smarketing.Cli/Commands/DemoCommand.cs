using System.CommandLine;
using Smarketing.Cli.Console;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Pipeline;
using Spectre.Console;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing demo</c>: the end-to-end job on the embedded engine: generate → deploy → run → reports.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Demo folder (exports, warehouse, reports).", DefaultValueFactory = _ => new DirectoryInfo("demo") };
        var leads = GenerateCommand.Leads();
        var seed = GenerateCommand.Seed();
        var memoryLimit = CommonOptions.MemoryLimit();
        var threads = CommonOptions.Threads();
        var command = new Command("demo", "Generate sample exports, deploy the embedded warehouse, run the ETL and write the reports — no server needed.")
        {
            output, leads, seed, memoryLimit, threads,
        };
        command.SetAction(parse =>
        {
            var interactive = CliLogging.IsInteractive;
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), interactive);
            var folder = parse.GetValue(output)!;
            var exports = new DirectoryInfo(Path.Combine(folder.FullName, "exports"));
            var database = new FileInfo(Path.Combine(folder.FullName, "warehouse.duckdb"));
            var code = GenerateCommand.Execute(exports, parse.GetValue(leads), parse.GetValue(seed), new DateOnly(2023, 1, 1), new DateOnly(2025, 6, 30), log);
            if (code != ExitCodes.Success)
            {
                return code;
            }

            if (database.Exists)
            {
                // A demo starts from an empty warehouse so its numbers are those of this seed only.
                database.Delete();
                File.Delete(database.FullName + ".wal");
            }

            code = RunCommand.Execute(new RunOptions(exports.FullName), database, null, null, log, interactive,
                parse.GetValue(memoryLimit), parse.GetValue(threads));
            if (code != ExitCodes.Success)
            {
                return code;
            }

            var reports = Path.Combine(folder.FullName, "reports");
            code = Warehouse.WithDuckDb(database, null, log, memoryLimit: parse.GetValue(memoryLimit), threads: parse.GetValue(threads),
                work: loader =>
            {
                var html = new FileInfo(Path.Combine(reports, "sla-exceptions.html"));
                var count = ReportCommand.Write(loader, "html", html);
                ReportCommand.Write(loader, "csv", new FileInfo(Path.Combine(reports, "sla-exceptions.csv")));
                ReportCommand.WriteDashboard(loader, new FileInfo(Path.Combine(reports, "dashboard.html")));
                log.Information("SLA exceptions list: {Count} exception(s) in {File}", count, html.FullName);
                return ExitCodes.Success;
            });
            if (code != ExitCodes.Success)
            {
                return code;
            }

            AnsiConsole.MarkupLine($"[green]Demo complete.[/]");
            AnsiConsole.MarkupLine($"  exports:   {Markup.Escape(exports.FullName)}");
            AnsiConsole.MarkupLine($"  warehouse: {Markup.Escape(database.FullName)} (DuckDB; query the rpt schema, e.g. duckdb {Markup.Escape(database.Name)} \"SELECT * FROM rpt.Lead LIMIT 5\")");
            AnsiConsole.MarkupLine($"  reports:   {Markup.Escape(reports)} (dashboard.html; sla-exceptions.html / .csv: the managers' daily list)");
            AnsiConsole.MarkupLine($"  model:     {Markup.Escape(WarehouseModel.DefaultDacpacPath)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
