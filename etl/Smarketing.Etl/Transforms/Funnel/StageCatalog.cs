using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Dimensions;
using Smarketing.Etl.Transforms.Keys;

namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>The configured stages with their keys, and the mapping of source values to stages. Values no mapping knows go to
/// the "Unmapped" stage and are counted with example lead ids.</summary>
public sealed class StageCatalog
{
    private readonly Dictionary<string, StageInfo> byName;
    private readonly FunnelConfiguration configuration;

    /// <summary>Builds the catalog from the configuration and the loaded dw.DimStage.</summary>
    public StageCatalog(FunnelConfiguration configuration, IWarehouseLoader loader)
        : this(configuration, KeyMap.Stages(loader).Get)
    {
    }

    /// <summary>Builds the catalog from the configuration and a stage-name → key function.</summary>
    public StageCatalog(FunnelConfiguration configuration, Func<string, int> keyOf)
    {
        this.configuration = configuration;
        byName = configuration.Stages
            .Select((s, i) => new StageInfo(s.Name, keyOf(s.Name), s.Category, i + 1, s.IsTerminal, s.IsWon, s.OwnerTeam))
            .Append(new StageInfo(StageDimension.Unmapped, keyOf(StageDimension.Unmapped), "Unmapped", configuration.Stages.Count + 1, false, false))
            .ToDictionary(s => s.Name, StringComparer.Ordinal);
        Inquiry = configuration.Stages.First(s => s.Category == "Inquiry").Name is var n ? byName[n] : Unmapped;
    }

    /// <summary>The first stage of category Inquiry: where every lead starts.</summary>
    public StageInfo Inquiry { get; }

    /// <summary>The stage for unmapped source values.</summary>
    public StageInfo Unmapped => byName[StageDimension.Unmapped];

    /// <summary>Source values seen without a mapping: (field, value) → count and up to five example lead ids.</summary>
    public Dictionary<(string Field, string Value), (int Count, List<string> Examples)> UnmappedValues { get; } = [];

    /// <summary>The stage by configured name.</summary>
    public StageInfo this[string name] => byName[name];

    /// <summary>Maps a Lead.Status value; null when the value is "not a stage change".</summary>
    public StageInfo? ForLeadStatus(string value, string leadId) => Map("Lead.Status", configuration.Mappings.LeadStatus, value, leadId);

    /// <summary>Maps an Opportunity.StageName value.</summary>
    public StageInfo? ForOpportunityStage(string value, string leadId) => Map("Opportunity.StageName", configuration.Mappings.OpportunityStage, value, leadId);

    /// <summary>Maps a Marketo revenue stage / status value.</summary>
    public StageInfo? ForMarketoStage(string value, string leadId) => Map("Marketo stage", configuration.Mappings.MarketoStage, value, leadId);

    private StageInfo? Map(string field, Dictionary<string, string?> map, string value, string leadId)
    {
        if (map.TryGetValue(value, out var stage))
        {
            return stage is null ? null : byName[stage];
        }

        var key = (field, value);
        var (count, examples) = UnmappedValues.GetValueOrDefault(key, (0, []));
        if (examples.Count < 5 && !examples.Contains(leadId))
        {
            examples.Add(leadId);
        }

        UnmappedValues[key] = (count + 1, examples);
        return Unmapped;
    }
}
