using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimSlaRule from the configured SLA rules.</summary>
public sealed class SlaRuleDimension : ITransform
{
    /// <inheritdoc />
    public string Table => "dw.DimSlaRule";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        string[] columns = ["SlaRuleName", "SlaRole", "StartStage", "StopStages", "StopEvent", "TargetBusinessHours", "CalendarName", "Description", "BatchId"];
        var rows = context.Configuration.SlaRules.Select(r => new object?[]
        {
            r.Name, r.Role, r.StartStage, r.StopStages.Count == 0 ? null : string.Join(" | ", r.StopStages), r.StopEvent, r.TargetBusinessHours,
            r.Calendar, r.Description, context.BatchId,
        });
        return [TableLoad.Upsert(context.Loader, Table, columns, rows)];
    }
}
