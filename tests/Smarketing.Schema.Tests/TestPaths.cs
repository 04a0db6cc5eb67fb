namespace Smarketing.Schema.Tests;

/// <summary>Where the tests find the repository, the warehouse project and the DACPAC built with the test assembly.</summary>
internal static class TestPaths
{
    private const string SolutionFile = "Smarketing.Warehouse.sln";

    /// <summary>The folder holding Smarketing.Warehouse.sln, found by walking up from the test assembly's folder.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The SSDT-style warehouse project folder.</summary>
    public static string WarehouseDirectory => Path.Combine(RepositoryRoot, "warehouse");

    /// <summary>The DACPAC tests/Directory.Build.props copies beside the test assembly.</summary>
    public static string BuiltDacpac => Path.Combine(TestContext.CurrentContext.TestDirectory, "Smarketing.Warehouse.dacpac");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No {SolutionFile} above {TestContext.CurrentContext.TestDirectory}.");
    }
}
