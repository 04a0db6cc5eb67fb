using System.CommandLine;
using System.Text.Json;
using Smarketing.Benchmarking;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing bench-run</c> (hidden): one measured run of <c>bench</c>, in a process of its own; writes the measurement as JSON.</summary>
internal static class BenchRunCommand
{
    public const string Name = "bench-run";

    public static Command Create()
    {
        var kind = new Option<MeasuredRunKind>("--kind") { Required = true };
        var source = new Option<string>("--source") { Required = true };
        var database = new Option<string>("--database") { Required = true };
        var dacpac = new Option<string?>("--dacpac");
        var result = new Option<string>("--result") { Required = true };
        var command = new Command(Name, "One measured run of 'bench' (used by bench itself).") { kind, source, database, dacpac, result };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var measured = MeasuredRuns.Execute(new MeasuredRun(parse.GetValue(kind), parse.GetValue(source)!, parse.GetValue(database)!, parse.GetValue(dacpac)));
            File.WriteAllText(parse.GetValue(result)!, JsonSerializer.Serialize(measured));
            return ExitCodes.Success;
        });
        return command;
    }
}
