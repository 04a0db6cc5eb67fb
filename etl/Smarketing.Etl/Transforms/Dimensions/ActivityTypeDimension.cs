using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimActivityType: Marketo's documented types plus every id seen in the activity extract (custom or unknown → "Other"),
/// each flagged when the configuration counts it as an attribution touch (so touch queries filter by a join, not by spliced ids).</summary>
public sealed class ActivityTypeDimension : ITransform
{
    internal const string Sql = "SELECT DISTINCT activityTypeId FROM stg.MarketoActivity WHERE activityTypeId IS NOT NULL";

    /// <inheritdoc />
    public string Table => "dw.DimActivityType";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var ids = new SortedSet<int>(MarketoActivityTypes.Known.Keys);
        using (var reader = context.Loader.Read(Sql))
        {
            while (reader.Read())
            {
                ids.Add(reader.Int(0)!.Value);
            }
        }

        // Configured touch types may be ids no extract has shown yet: they get a row too, so the flag is never lost.
        var touches = context.Configuration.Attribution.MarketoTouchActivityTypes.ToHashSet();
        ids.UnionWith(touches);
        string[] columns = ["MarketoActivityTypeId", "ActivityTypeName", "ActivityCategory", "IsCustom", "IsAttributionTouch", "BatchId"];
        var rows = ids.Select(id =>
        {
            var (name, category, isCustom) = MarketoActivityTypes.Describe(id);
            return new object?[] { id, name, category, isCustom, touches.Contains(id), context.BatchId };
        });
        return [TableLoad.Upsert(context.Loader, Table, columns, rows)];
    }
}
