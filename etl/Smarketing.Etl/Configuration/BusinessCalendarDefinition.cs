namespace Smarketing.Etl.Configuration;

/// <summary>Working time of a team: an IANA time zone, working days and hours, and holidays.</summary>
public sealed class BusinessCalendarDefinition
{
    /// <summary>Calendar name referenced by SLA rules and the default.</summary>
    public string Name { get; set; } = "";

    /// <summary>IANA time zone id, e.g. America/New_York.</summary>
    public string TimeZone { get; set; } = "";

    /// <summary>Working days, e.g. Monday … Friday.</summary>
    public List<DayOfWeek> WorkingDays { get; set; } = [];

    /// <summary>Start of the working day, local time (HH:mm).</summary>
    public string WorkStart { get; set; } = "09:00";

    /// <summary>End of the working day, local time (HH:mm).</summary>
    public string WorkEnd { get; set; } = "17:00";

    /// <summary>Non-working dates (yyyy-MM-dd), local.</summary>
    public List<DateOnly> Holidays { get; set; } = [];
}
