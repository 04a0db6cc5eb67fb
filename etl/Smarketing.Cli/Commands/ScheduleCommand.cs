using System.CommandLine;
using System.Globalization;
using Smarketing.Cli.Console;
using Smarketing.Etl.Pipeline;
using Smarketing.Cli.Scheduling;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing schedule sql-agent</c>: write the T-SQL that creates the SQL Server Agent job running the nightly batch.</summary>
internal static class ScheduleCommand
{
    public static Command Create() => new("schedule", "Emit scheduler definitions for the nightly ETL batch.") { SqlAgent() };

    private static Command SqlAgent()
    {
        var defaults = new SqlAgentJobOptions();
        var output = new Option<FileInfo>("--out") { Description = "Where to write the T-SQL script (run it in msdb on the warehouse's instance).", Required = true };
        var jobName = new Option<string>("--job-name") { Description = "Agent job name.", DefaultValueFactory = _ => defaults.JobName };
        var time = new Option<string>("--schedule-time") { Description = "Daily start time, HH:mm (server time).", DefaultValueFactory = _ => defaults.ScheduleTime.ToString("HH:mm", CultureInfo.InvariantCulture) };
        var operatorName = new Option<string?>("--operator") { Description = "Agent operator e-mailed when the job fails (create it with sp_add_operator)." };
        var cliPath = new Option<string>("--cli-path") { Description = "The smarketing program on the SQL Server machine.", DefaultValueFactory = _ => defaults.CliPath };
        var source = new Option<string>("--source") { Description = "Landing folder of the exports on that machine.", DefaultValueFactory = _ => defaults.SourceDirectory };
        var databaseName = CommonOptions.DatabaseName();
        var retries = new Option<int>("--retries") { Description = "Times the Agent retries a failed run.", DefaultValueFactory = _ => defaults.Retries };
        var command = new Command("sql-agent",
            "Write an idempotent T-SQL script that creates or updates a SQL Server Agent job running 'smarketing run --engine sqlserver' daily. " +
            "The connection string is not in the script: the job reads SMARKETING_SQLSERVER from its account's environment.")
        {
            output, jobName, time, operatorName, cliPath, source, databaseName, retries,
        };
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            if (!TimeOnly.TryParseExact(parse.GetValue(time), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                log.Error("--schedule-time '{Time}' is not a time of day as HH:mm (e.g. 06:15).", parse.GetValue(time));
                return ExitCodes.InvalidArguments;
            }

            var options = new SqlAgentJobOptions
            {
                JobName = parse.GetValue(jobName)!,
                ScheduleTime = at,
                OperatorName = string.IsNullOrWhiteSpace(parse.GetValue(operatorName)) ? null : parse.GetValue(operatorName),
                CliPath = parse.GetValue(cliPath)!,
                SourceDirectory = parse.GetValue(source)!,
                DatabaseName = parse.GetValue(databaseName)!,
                Retries = parse.GetValue(retries),
            };
            string script;
            try
            {
                script = SqlAgentJobScript.Generate(options);
            }
            catch (ArgumentException e)
            {
                log.Error("{Problem}", e.Message);
                return ExitCodes.InvalidArguments;
            }

            var path = parse.GetValue(output)!.FullName;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, script);
            log.Information("Wrote the SQL Server Agent job script {Script} (job {Job}, daily at {Time}); run it in msdb on the warehouse's instance.",
                path, options.JobName, options.ScheduleTime.ToString("HH:mm", CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        });
        return command;
    }
}
