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
