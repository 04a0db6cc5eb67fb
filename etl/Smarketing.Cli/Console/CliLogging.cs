using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Smarketing.Cli.Console;

/// <summary>Serilog for the CLI: human-readable console, and a rolling JSON file (one per day, 31 kept) for log shipping.</summary>
internal static class CliLogging
{
    /// <summary>Configures the global logger. With a live progress display the console shows warnings and errors only.</summary>
    public static ILogger Configure(DirectoryInfo logDirectory, bool verbose, bool progressOnConsole)
    {
        var consoleLevel = verbose ? LogEventLevel.Debug : progressOnConsole ? LogEventLevel.Warning : LogEventLevel.Information;
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "smarketing")
            .WriteTo.Console(restrictedToMinimumLevel: consoleLevel, outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture, standardErrorFromLevel: LogEventLevel.Warning)
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(logDirectory.FullName, "smarketing-.json"),
                restrictedToMinimumLevel: LogEventLevel.Information, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31)
            .CreateLogger();
        return Log.Logger;
    }

    /// <summary>True when a person is watching (a live progress display makes sense).</summary>
    public static bool IsInteractive => !System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;
}
