using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms;

/// <summary>One step that builds a warehouse table from staged data and upserts it.</summary>
public interface ITransform
{
    /// <summary>The table it loads, e.g. dw.DimLead.</summary>
    string Table { get; }

    /// <summary>Builds and loads the table; returns its counts.</summary>
    EntityCount Run(TransformContext context);
}
