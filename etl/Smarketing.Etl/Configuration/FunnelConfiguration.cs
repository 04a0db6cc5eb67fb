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

    /// <summary>Source value → stage mappings.</summary>
    public StageMappings Mappings { get; set; } = new();

    /// <summary>A Marketo stage change is merged into the timeline only when the CRM has no entry into the same stage within this many hours.</summary>
    public decimal MarketoStageToleranceHours { get; set; } = 24;

    /// <summary>SLA rules between the teams.</summary>
    public List<SlaRuleDefinition> SlaRules { get; set; } = [];

    /// <summary>Breached clocks resolved within this many days before the batch's as-of instant appear on the SLA exceptions list.</summary>
    public int SlaExceptionWindowDays { get; set; } = 7;

    /// <summary>Lead-score bands, ascending by <see cref="ScoreBand.MinScore"/> (score at handoff is taken from Marketo Change Score).</summary>
    public List<ScoreBand> ScoreBands { get; set; } = [];

    /// <summary>Country → sales region (NA, EMEA, APAC, LATAM …); unknown countries get "Other".</summary>
    public Dictionary<string, string> Regions { get; set; } = [];

    /// <summary>Salesforce Opportunity.Type → New | Upgrade | Renewal; unlisted types are "Other" (never new customers).</summary>
    public Dictionary<string, string> OpportunityTypes { get; set; } = new(StringComparer.Ordinal)
    {
        ["New Customer"] = "New", ["Existing Customer - Upgrade"] = "Upgrade", ["Existing Customer - Renewal"] = "Renewal",
    };

    /// <summary>The proposal stage for bid-to-win (won ÷ opportunities that reached it or a later stage); null: not measured.</summary>
    public string? BidStage { get; set; }

    /// <summary>ISO 4217 code all amounts are reported in (converted with DatedConversionRate.csv when present).</summary>
    public string ReportingCurrency { get; set; } = "USD";

    /// <summary>Touches, lookback and attribution models.</summary>
    public AttributionConfiguration Attribution { get; set; } = new();

    /// <summary>Customer lifetime value assumptions.</summary>
    public LifetimeValueConfiguration LifetimeValue { get; set; } = new();

    /// <summary>Account funnel thresholds (Engaged, MQA).</summary>
    public AccountFunnelConfiguration AccountFunnel { get; set; } = new();

    /// <summary>The roles of a complete buying group per segment, and the engagement window.</summary>
    public BuyingGroupConfiguration BuyingGroups { get; set; } = new();

    /// <summary>Bounds on the values the exports may hold, and how many bad rows a batch tolerates.</summary>
    public InputRules InputRules { get; set; } = new();
}
