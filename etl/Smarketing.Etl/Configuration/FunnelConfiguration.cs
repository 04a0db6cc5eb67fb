namespace Smarketing.Etl.Configuration;

/// <summary>The business's funnel configuration (SPEC §3): one human-edited JSON file, validated on load.</summary>
public sealed class FunnelConfiguration
{
    /// <summary>First month of the fiscal year (1–12).</summary>
    public int FiscalYearStartMonth { get; set; } = 1;

    /// <summary>Ordered funnel stages.</summary>
    public List<StageDefinition> Stages { get; set; } = [];

    /// <summary>Buyer personas; the first rule that matches a lead wins, otherwise "Unclassified".</summary>
    public List<PersonaRule> Personas { get; set; } = [];

    /// <summary>Company size bands by employee count, ascending.</summary>
    public List<SizeBand> CompanySizeBands { get; set; } = [];

    /// <summary>Campaign type → marketing channel (e.g. Paid Search → Paid).</summary>
    public Dictionary<string, string> CampaignChannels { get; set; } = [];

    /// <summary>Business calendars for SLA clocks and DimDate's IsBusinessDay.</summary>
    public List<BusinessCalendarDefinition> Calendars { get; set; } = [];

    /// <summary>The calendar used when a rep's time zone has none (and for DimDate).</summary>
    public string DefaultCalendar { get; set; } = "";

    /// <summary>Country → sales region (NA, EMEA, APAC, LATAM …); unknown countries get "Other".</summary>
    public Dictionary<string, string> Regions { get; set; } = [];
}
