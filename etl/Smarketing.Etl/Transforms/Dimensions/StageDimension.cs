using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimStage from the configured stages, in funnel order, plus the "Unmapped" stage for source values no mapping knows.</summary>
public sealed class StageDimension : ITransform
{
    /// <summary>Stage that holds unmapped source values.</summary>
    public const string Unmapped = "Unmapped";

    /// <inheritdoc />
    public string Table => "dw.DimStage";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        string[] columns = ["StageName", "SortOrder", "OwnerTeam", "Category", "IsHandoff", "IsTerminal", "IsWon", "BatchId"];
        var stages = context.Configuration.Stages;
        var rows = stages.Select((s, i) => new object?[] { s.Name, (short)(i + 1), s.OwnerTeam, s.Category, s.IsHandoff, s.IsTerminal, s.IsWon, context.BatchId })
            .Append([Unmapped, (short)(stages.Count + 1), "Shared", "Unmapped", false, false, false, context.BatchId]);
        return [TableLoad.Upsert(context.Loader, Table, columns, rows)];
    }
}
