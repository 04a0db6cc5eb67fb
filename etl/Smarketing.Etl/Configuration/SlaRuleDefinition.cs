namespace Smarketing.Etl.Configuration;

/// <summary>An agreed service level: a clock starts when a lead enters <see cref="StartStage"/> and stops at the first entry
/// into one of <see cref="StopStages"/> (or at the <see cref="StopEvent"/>), measured in business hours of a calendar.</summary>
public sealed class SlaRuleDefinition
{
    /// <summary>Rule name, unique (e.g. "Handoff accept or reject").</summary>
    public string Name { get; set; } = "";

    /// <summary>What the rule promises, for the reports.</summary>
    public string Description { get; set; } = "";

    /// <summary>Stage whose entry starts the clock.</summary>
    public string StartStage { get; set; } = "";

    /// <summary>Stages whose first entry after the start stops the clock.</summary>
    public List<string> StopStages { get; set; } = [];

    /// <summary>Instead of stages: <c>FirstSalesTouch</c> = the owner's first Task after the start (speed to lead).</summary>
    public string? StopEvent { get; set; }

    /// <summary>Target in business hours.</summary>
    public decimal TargetBusinessHours { get; set; }

    /// <summary><c>Owner</c> (the calendar of the lead owner's time zone at the start) or a calendar name.</summary>
    public string Calendar { get; set; } = OwnerCalendar;

    /// <summary>The calendar value meaning "the owner's calendar".</summary>
    public const string OwnerCalendar = "Owner";

    /// <summary>The stop event "owner's first sales touch".</summary>
    public const string FirstSalesTouch = "FirstSalesTouch";
}
