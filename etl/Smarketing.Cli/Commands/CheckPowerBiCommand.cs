using System.CommandLine;
using Smarketing.Cli.Console;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.PowerBi;

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
        var dacpac = CommonOptions.Dacpac();
        var command = new Command("check-powerbi", "Check the Power BI project (TMDL + report) against the warehouse model: syntax, views, columns, types, relationships, measures, roles.")
        {
            project, dacpac,
        };
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            var folder = parse.GetValue(project)!.FullName;
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
