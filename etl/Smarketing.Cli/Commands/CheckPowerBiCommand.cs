using System.CommandLine;
using Smarketing.Cli.Console;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Pipeline;
using Smarketing.PowerBi;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing check-powerbi</c>: the project's own checker of the Power BI project against the DACPAC's rpt views.</summary>
internal static class CheckPowerBiCommand
{
    public static Command Create()
    {
        var project = new Option<DirectoryInfo>("--project")
        {
            Description = "Folder holding Smarketing.pbip, Smarketing.SemanticModel/ and Smarketing.Report/.",
            DefaultValueFactory = _ => new DirectoryInfo("reports"),
        };
        var sync = new Option<bool>("--sync-descriptions")
        {
            Description = "First copy the column comments of the rpt view files (warehouse/rpt/Views, their 'Columns:' block) into the TMDL descriptions of the visible columns.",
        };
        var dacpac = CommonOptions.Dacpac();
        var command = new Command("check-powerbi", "Check the Power BI project (TMDL + report) against the warehouse model: syntax, views, columns, types, relationships, measures, roles.")
        {
            project, sync, dacpac,
        };
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            var folder = parse.GetValue(project)!.FullName;
            if (parse.GetValue(sync))
            {
                var changed = TmdlDescriptions.Sync(folder, PowerBiChecker.DefaultViewsFolder(folder));
                log.Information("Column descriptions written into {Count} TMDL file(s): {Files}", changed.Count, changed);
            }

            var problems = PowerBiChecker.Check(folder, WarehouseModel.LoadCatalog(parse.GetValue(dacpac)?.FullName));
            foreach (var problem in problems)
            {
                System.Console.Error.WriteLine(problem);
            }

            if (problems.Count > 0)
            {
                log.Error("{Count} problem(s) in the Power BI project {Folder}", problems.Count, folder);
                return ExitCodes.Failure;
            }

            log.Information("The Power BI project {Folder} matches the warehouse model", folder);
            return ExitCodes.Success;
        });
        return command;
    }
}
