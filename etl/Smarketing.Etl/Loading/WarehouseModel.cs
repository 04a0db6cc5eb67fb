using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading;

/// <summary>Finds and loads the built warehouse model (Smarketing.Warehouse.dacpac, copied beside the program by the build).</summary>
public static class WarehouseModel
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, DateTime Written, long Length), SchemaCatalog> Loaded = new();

    /// <summary>File name of the DACPAC.</summary>
    public const string DacpacFileName = "Smarketing.Warehouse.dacpac";

    /// <summary>The DACPAC beside the running program.</summary>
    public static string DefaultDacpacPath => Path.Combine(AppContext.BaseDirectory, DacpacFileName);

    /// <summary>Loads the catalog from <paramref name="dacpacPath"/> (default: beside the program), with a clear error when it is missing.</summary>
    public static SchemaCatalog LoadCatalog(string? dacpacPath = null)
    {
        var path = dacpacPath ?? DefaultDacpacPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The warehouse model {path} does not exist. Build the solution (dotnet build) or pass --dacpac.", path);
        }

        // The catalog is immutable; reading the package takes most of a second, so a process that opens warehouses repeatedly (the
        // tests running the CLI in-process) reads each version of the file once.
        var file = new FileInfo(Path.GetFullPath(path));
        return Loaded.GetOrAdd((file.FullName, file.LastWriteTimeUtc, file.Length), key => SchemaCatalog.Load(key.Path));
    }
}
