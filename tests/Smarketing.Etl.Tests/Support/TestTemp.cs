namespace Smarketing.Etl.Tests.Support;

/// <summary>Where tests write temporary warehouses, exports and copies: one folder per test run (per test process), deleted
/// with everything in it when the run ends (<see cref="TestTempCleanup"/>), so a test that keeps a file open or fails before its
/// own clean-up still leaves nothing behind — least of all the synthetic personal data of generated exports.</summary>
internal static class TestTemp
{
    /// <summary>The run's folder: <c>{temp}/smarketing-tests/run-{process id}</c>.</summary>
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "smarketing-tests", $"run-{Environment.ProcessId}");

    /// <summary>Deletes the run's folder, and the shared parent when no other run uses it.</summary>
    public static void Delete()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        var parent = Path.GetDirectoryName(Root)!;
        if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
        {
            Directory.Delete(parent);
        }
    }
}
