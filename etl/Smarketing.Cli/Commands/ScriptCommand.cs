using System.CommandLine;
using Smarketing.Cli.Console;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.SqlServer;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing script</c>: write the SQL Server create script offline (no server needed), for review or a DBA.</summary>
internal static class ScriptCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out") { Description = "Where to write the T-SQL create script.", Required = true };
        var databaseName = CommonOptions.DatabaseName();
        var dacpac = CommonOptions.Dacpac();
        var command = new Command("script", "Write the SQL Server create script for the warehouse (offline, from the DACPAC).") { output, databaseName, dacpac };
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            var path = parse.GetValue(output)!.FullName;
            SqlServerDeployer.WriteCreateScript(parse.GetValue(dacpac)?.FullName ?? WarehouseModel.DefaultDacpacPath, parse.GetValue(databaseName)!, path);
            log.Information("Wrote {Script}", path);
            return ExitCodes.Success;
        });
        return command;
    }
}
