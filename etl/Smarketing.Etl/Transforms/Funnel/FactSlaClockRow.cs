using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>A row of dw.FactSlaClock: one SLA clock of a lead (a rule started by one stage entry) as of the batch's instant.
/// Property names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("dw.FactSlaClock")]
public sealed record FactSlaClockRow(
    int LeadKey,
    int SlaRuleKey,
    DateTime StartedAtUtc,
    short CycleNumber,
    int OwnerRepKey,
    int PersonaKey,
    int StartedDateKey,
    DateTime DueAtUtc,
    int DueDateKey,
    DateTime? ResolvedAtUtc,
    int? ResolvedDateKey,
    int? ResolutionStageKey,
    string? Resolution,
    decimal ElapsedBusinessHours,
    decimal TargetBusinessHours,
    decimal HoursOverdue,
    string Status,
    bool IsMet,
    bool IsBreached,
    bool IsOpen,
    bool IsOpenOverdue,
    bool IsOnExceptionList,
    DateTime AsOfUtc,
    int BatchId);
