using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimPersona from the configured personas plus "Unclassified".</summary>
public sealed class PersonaDimension : ITransform
{
    /// <inheritdoc />
    public string Table => "dw.DimPersona";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        string[] columns = ["PersonaName", "Description", "BatchId"];
        var rows = context.Configuration.Personas.Select(p => new object?[] { p.Name, p.Description, context.BatchId })
            .Append([PersonaClassifier.Unclassified, "No persona rule matched the lead.", context.BatchId]);
        return [TableLoad.Upsert(context.Loader, Table, columns, rows)];
    }
}
