using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Keys;

/// <summary>Business key → surrogate key of a small dimension, read once per batch; unknown keys map to 0 (the Unknown member).</summary>
public sealed class KeyMap
{
    private readonly Dictionary<string, int> keys;

    private KeyMap(Dictionary<string, int> keys) => this.keys = keys;

    internal const string StageSql = "SELECT StageKey, StageName FROM dw.DimStage WHERE StageKey <> 0";
    internal const string PersonaSql = "SELECT PersonaKey, PersonaName FROM dw.DimPersona WHERE PersonaKey <> 0";
    internal const string SlaRuleSql = "SELECT SlaRuleKey, SlaRuleName FROM dw.DimSlaRule WHERE SlaRuleKey <> 0";

    internal const string AccountSql = "SELECT AccountKey, SalesforceAccountId FROM dw.DimAccount WHERE AccountKey <> 0";
    internal const string CampaignSql = "SELECT CampaignKey, SalesforceCampaignId FROM dw.DimCampaign WHERE CampaignKey <> 0";
    internal const string AttributionModelSql = "SELECT AttributionModelKey, ModelName FROM dw.DimAttributionModel WHERE AttributionModelKey <> 0";

    /// <summary>Salesforce account id → dw.DimAccount key.</summary>
    public static KeyMap Accounts(IWarehouseLoader loader) => From(loader.Read(AccountSql));

    /// <summary>Salesforce campaign id → dw.DimCampaign key.</summary>
    public static KeyMap Campaigns(IWarehouseLoader loader) => From(loader.Read(CampaignSql));

    /// <summary>Attribution model name → dw.DimAttributionModel key.</summary>
    public static KeyMap AttributionModels(IWarehouseLoader loader) => From(loader.Read(AttributionModelSql));

    /// <summary>Stage name → dw.DimStage key.</summary>
    public static KeyMap Stages(IWarehouseLoader loader) => From(loader.Read(StageSql));

    /// <summary>Persona name → dw.DimPersona key.</summary>
    public static KeyMap Personas(IWarehouseLoader loader) => From(loader.Read(PersonaSql));

    /// <summary>SLA rule name → dw.DimSlaRule key.</summary>
    public static KeyMap SlaRules(IWarehouseLoader loader) => From(loader.Read(SlaRuleSql));

    /// <summary>Reads (key, business key) rows.</summary>
    private static KeyMap From(System.Data.Common.DbDataReader reader)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        using var r = reader;
        while (r.Read())
        {
            if (r.Str(1) is { } business)
            {
                keys[business] = r.Int(0)!.Value;
            }
        }

        return new KeyMap(keys);
    }

    /// <summary>The surrogate key, or 0 when unknown.</summary>
    public int this[string? businessKey] => Get(businessKey);

    /// <summary>The surrogate key, or 0 when unknown.</summary>
    public int Get(string? businessKey) => businessKey is not null && keys.TryGetValue(businessKey, out var key) ? key : 0;
}
