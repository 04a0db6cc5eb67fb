using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms;

/// <summary>One step that builds a warehouse table from staged data and upserts it.</summary>
public interface ITransform
{
    /// <summary>What it loads, e.g. dw.DimLead (shown in progress and logs).</summary>
    string Table { get; }

    /// <summary>Builds and loads its table(s); returns the counts of each table.</summary>
    IReadOnlyList<EntityCount> Run(TransformContext context);
}
