using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimActivityType: Marketo's documented types plus every id seen in the activity extract (custom or unknown → "Other").</summary>
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

        string[] columns = ["MarketoActivityTypeId", "ActivityTypeName", "ActivityCategory", "IsCustom", "BatchId"];
        var rows = ids.Select(id =>
        {
            var (name, category, isCustom) = MarketoActivityTypes.Describe(id);
            return new object?[] { id, name, category, isCustom, context.BatchId };
        });
        return [TableLoad.Upsert(context.Loader, Table, columns, rows)];
    }
}
