using System.Diagnostics;

namespace Smarketing.Etl.Tests.Support;

/// <summary>Runs the real <c>smarketing</c> program (built beside the tests) as a child process.</summary>
internal static class CliProcess
{
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TestContext.CurrentContext.WorkDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "smarketing.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"smarketing {string.Join(' ', args)} did not finish in 5 minutes");
        }

        return (process.ExitCode, stdout + stderr.Result);
    }

    /// <summary>A fresh temp folder for one test.</summary>
    public static string TempFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "smarketing-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
