using Smarketing.Schema.Catalog;

namespace Smarketing.Schema.Tests;

/// <summary>The catalog of the DACPAC built from the shipped warehouse/ folder, loaded once for all tests.</summary>
internal static class ShippedCatalog
{
    private static readonly Lazy<SchemaCatalog> Catalog = new(() => SchemaCatalog.Load(TestPaths.BuiltDacpac));

    public static SchemaCatalog Instance => Catalog.Value;
}
