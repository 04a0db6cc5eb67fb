using System.Diagnostics;

namespace Smarketing.Etl.Tests.Support;

/// <summary>Runs the real <c>smarketing</c> program (built beside the tests) as a child process.</summary>
internal static class CliProcess
{
    /// <summary>Starts the program (non-interactive: logs on standard output) and returns the running process.</summary>
    public static Process Start(params string[] args)
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
        // Whatever the program writes to the temporary folder (e.g. the canonical files a failed run --mapping keeps for
        // inspection) lands in this test run's folder, which is deleted after the last test.
        Directory.CreateDirectory(TestTemp.Root);
        start.Environment["TMPDIR"] = TestTemp.Root;
        return Process.Start(start)!;
    }

    /// <summary>Runs the program to the end; returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        using var process = Start(args);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"smarketing {string.Join(' ', args)} did not finish in 5 minutes");
        }

        return (process.ExitCode, stdout + stderr.Result);
    }

    /// <summary>A fresh temp folder holding generated exports in <c>exports/</c>; returns (folder, exports).</summary>
    public static (string Folder, string Exports) Generated(int leads, int seed)
    {
        var folder = TempFolder();
        var exports = Path.Combine(folder, "exports");
        var (code, output) = Run("generate", "--out", exports, "--leads", leads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--log-dir", folder);
        Assert.That(code, Is.EqualTo(0), output);
        return (folder, exports);
    }

    /// <summary>A fresh temp folder for one test.</summary>
    public static string TempFolder()
    {
        var dir = Path.Combine(TestTemp.Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
