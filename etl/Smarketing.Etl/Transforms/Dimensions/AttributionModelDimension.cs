using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Attribution;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimAttributionModel from the configured models; single-position models show their position's weight as 1.</summary>
public sealed class AttributionModelDimension : ITransform
{
    internal const string ModelNamesSql = "SELECT ModelName FROM dw.DimAttributionModel WHERE AttributionModelKey <> 0";

    /// <inheritdoc />
    public string Table => "dw.DimAttributionModel";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        string[] columns =
        [
            "ModelName", "ModelType", "Description", "FirstTouchWeight", "LeadCreationWeight", "OpportunityCreationWeight", "ClosedWonWeight",
            "MiddleWeight", "HalfLifeDays", "LookbackDays", "IsDefault", "ContactMode", "BatchId",
        ];
        var attribution = context.Configuration.Attribution;
        var rows = attribution.Models.Select(m =>
        {
            var model = AttributionModel.From(m);
            var w = model.PositionWeights;
            return new object?[]
            {
                m.Name, m.Type, m.Description, w?.FirstTouch, w?.LeadCreation, w?.OpportunityCreation, w?.ClosedWon, w?.Middle, m.HalfLifeDays,
                attribution.LookbackDays, m.Name == attribution.DefaultModel, attribution.ContactMode, context.BatchId,
            };
        });
        var counts = TableLoad.Upsert(context.Loader, Table, columns, rows);

        // Models no longer configured stay (facts of earlier batches may name them) but are never the default.
        var configured = attribution.Models.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var stale = new List<object?[]>();
        using (var r = context.Loader.Read(ModelNamesSql))
        {
            while (r.Read())
            {
                if (r.Str(0) is { } existing && !configured.Contains(existing))
                {
                    stale.Add([existing, false, context.BatchId]);
                }
            }
        }

        if (stale.Count > 0)
        {
            TableLoad.Upsert(context.Loader, Table, ["ModelName", "IsDefault", "BatchId"], stale);
        }

        return [counts];
    }
}
