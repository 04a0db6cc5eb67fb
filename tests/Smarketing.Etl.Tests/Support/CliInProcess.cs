using System.Reflection;

namespace Smarketing.Etl.Tests.Support;

/// <summary>Runs the real <c>smarketing</c> entry point inside the test process: the same parsing, logging and exit codes as
/// <see cref="CliProcess"/>, without a process start and a cold JIT per run (table-driven tests run it dozens of times).</summary>
internal static class CliInProcess
{
    private static readonly MethodInfo EntryPoint = Assembly.Load("smarketing").EntryPoint!;

    /// <summary>Runs the program with <paramref name="args"/> and returns its exit code.</summary>
    public static int Run(params string[] args)
    {
        var result = EntryPoint.Invoke(null, [args]);
        return result switch
        {
            int code => code,
            Task<int> task => task.GetAwaiter().GetResult(),
            _ => throw new InvalidOperationException($"Unexpected entry point result {result}"),
        };
    }
}
