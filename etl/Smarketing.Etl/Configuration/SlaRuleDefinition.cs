namespace Smarketing.Etl.Configuration;

/// <summary>An agreed service level: a clock starts when a lead enters <see cref="StartStage"/> and stops at the first entry
/// into one of <see cref="StopStages"/> (or at the <see cref="StopEvent"/>), measured in business hours of a calendar.</summary>
public sealed class SlaRuleDefinition
{
    /// <summary>Rule name, unique (e.g. "Handoff accept or reject").</summary>
    public string Name { get; set; } = "";

    /// <summary>What the rule is for, so reports find it whatever it is called: <c>handoff</c> (accept or reject),
    /// <c>speedToLead</c> (first touch) or <c>qualification</c> (SAL to SQL); at most one rule per role, none for
    /// ad-hoc rules.</summary>
    public string? Role { get; set; }

    /// <summary>What the rule promises, for the reports.</summary>
    public string Description { get; set; } = "";

    /// <summary>Stage whose entry starts the clock.</summary>
    public string StartStage { get; set; } = "";

    /// <summary>Stages whose first entry after the start stops the clock.</summary>
    public List<string> StopStages { get; set; } = [];

    /// <summary>A team (<c>Sales</c>, <c>Marketing</c>, <c>Shared</c>): an entry into any stage of that team later in the funnel
    /// than the start stage also stops the clock, so a lead that skips the stop stages (handoff straight to SQL) is not
    /// left open.</summary>
    public string? StopAtLaterStagesOf { get; set; }

    /// <summary>Instead of stages: <c>FirstSalesTouch</c> = the owner's first Task after the start (speed to lead).</summary>
    public string? StopEvent { get; set; }

    /// <summary>Target in business hours.</summary>
    public decimal TargetBusinessHours { get; set; }

    /// <summary><c>Owner</c> (the calendar of the lead owner's time zone at the start) or a calendar name.</summary>
    public string Calendar { get; set; } = OwnerCalendar;

    /// <summary>The calendar value meaning "the owner's calendar".</summary>
    public const string OwnerCalendar = "Owner";

    /// <summary>The roles a rule may have.</summary>
    public static IReadOnlyList<string> Roles { get; } = [HandoffRole, SpeedToLeadRole, QualificationRole];

    /// <summary>Role of the accept-or-reject rule: the headline SLA of the dashboard.</summary>
    public const string HandoffRole = "handoff";

    /// <summary>Role of the first-touch rule read by rpt.SpeedToLead.</summary>
    public const string SpeedToLeadRole = "speedToLead";

    /// <summary>Role of the SAL-to-SQL-or-recycle rule.</summary>
    public const string QualificationRole = "qualification";

    /// <summary>The stop event "owner's first sales touch".</summary>
    public const string FirstSalesTouch = "FirstSalesTouch";
}
