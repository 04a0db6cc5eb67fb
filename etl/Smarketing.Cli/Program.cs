using System.CommandLine;
using Smarketing.Cli;
using Smarketing.Cli.Commands;

var root = new RootCommand("Smarketing Warehouse: load CRM and marketing-automation exports into a dimensional warehouse and report on the funnel.")
{
    GenerateCommand.Create(),
    DeployCommand.Create(),
    ScriptCommand.Create(),
    RunCommand.Create(),
    ScheduleCommand.Create(),
    BatchesCommand.Create(),
    ReportCommand.Create(),
    QueryCommand.Create(),
    PlanCommand.Create(),
    CheckPowerBiCommand.Create(),
    DemoCommand.Create(),
    MappingCommand.Create(),
    BenchCommand.Create(),
    BenchRunCommand.Create(),
};
root.Add(CommonOptions.LogDirectory);
root.Add(CommonOptions.Verbose);

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("Run 'smarketing --help' (or 'smarketing <command> --help') for usage.");
    return Smarketing.Etl.Pipeline.ExitCodes.InvalidArguments;
}

try
{
    return await parse.InvokeAsync();
}
finally
{
    await Serilog.Log.CloseAndFlushAsync();
}
