namespace Smarketing.Etl.Sources.Mapping;

/// <summary>"Stage reached at" columns: each filled column becomes one stage-change row (ordered by date; a repeat of the
/// previous value is skipped), e.g. <c>hs_lifecyclestage_lead_date</c> → a LeadHistory Status row with NewValue <c>Open - Inquiry</c>.</summary>
public sealed class StageDatesMapping
{
    /// <summary>Source date column → the canonical value reached (a Lead.Status or Opportunity.StageName); null ignores the column.</summary>
    public Dictionary<string, string?> Columns { get; set; } = [];

    /// <summary>.NET date format of the date columns; default ISO-8601.</summary>
    public string? Format { get; set; }

    /// <summary>IANA time zone of the date columns; default UTC.</summary>
    public string? TimeZone { get; set; }
}
