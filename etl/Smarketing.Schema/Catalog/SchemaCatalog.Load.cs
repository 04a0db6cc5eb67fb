using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;

namespace Smarketing.Schema.Catalog;

public sealed partial class SchemaCatalog
{
    /// <summary>Reads the catalog from a built DACPAC (normally <c>Smarketing.Warehouse.dacpac</c> beside the running assembly).</summary>
    /// <remarks>Loads the model through DacFx without script backing (the fast path); unique constraints come back in declaration
    /// order, which DacFx keeps in the package but not in its object API (see <see cref="DacpacParts"/>).</remarks>
    /// <exception cref="FileNotFoundException">The DACPAC does not exist (build <c>warehouse/Smarketing.Warehouse.csproj</c>).</exception>
    public static SchemaCatalog Load(string dacpacPath)
    {
        if (!File.Exists(dacpacPath))
        {
            throw new FileNotFoundException(
                $"Warehouse model '{dacpacPath}' not found; build warehouse/Smarketing.Warehouse.csproj to produce it.", dacpacPath);
        }

        var parts = new DacpacParts(dacpacPath);
        using var model = TSqlModel.LoadFromDacpac(dacpacPath, new ModelLoadOptions(DacSchemaModelStorageType.Memory, loadAsScriptBackedModel: false));
        return Read(model, parts.PostDeploymentScript, parts.ConstraintDeclarationOrder);
    }

    /// <summary>Reads the catalog from an in-memory model, e.g. one built from source by <c>DacpacBuilder.CreateModel</c>.
    /// Unique constraints come in the model's order, which is declaration order for a model built from source.</summary>
    public static SchemaCatalog FromModel(TSqlModel model, string postDeploymentScript = "")
    {
        ArgumentNullException.ThrowIfNull(model);
        return Read(model, postDeploymentScript, declarationOrder: null);
    }

    private static SchemaCatalog Read(TSqlModel model, string postDeploymentScript, Func<IReadOnlyDictionary<string, int>>? declarationOrder)
    {
        var descriptions = ModelNames.Descriptions(model);
        var schemas = model.GetObjects(DacQueryScopes.UserDefined, Microsoft.SqlServer.Dac.Model.Schema.TypeClass)
            .Select(s => s.Name.Parts[^1])
            .Order(StringComparer.Ordinal)
            .ToList();
        var tables = TableReader.ReadAll(model, descriptions, declarationOrder);
        var views = ViewReader.ReadAll(model, descriptions, tables);
        return new SchemaCatalog(schemas, tables, views, postDeploymentScript);
    }
}
