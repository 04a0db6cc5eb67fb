using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading;

/// <summary>Finds and loads the built warehouse model (Smarketing.Warehouse.dacpac, copied beside the program by the build).</summary>
public static class WarehouseModel
{
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

        return SchemaCatalog.Load(path);
    }
}
