using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Keys;

/// <summary>Business key → surrogate key of a small dimension, read once per batch; unknown keys map to 0 (the Unknown member).</summary>
public sealed class KeyMap
{
    private readonly Dictionary<string, int> keys;

    private KeyMap(Dictionary<string, int> keys) => this.keys = keys;

    /// <summary>Reads <c>SELECT key, businessKey FROM table</c> (key 0 excluded).</summary>
    public static KeyMap Load(IWarehouseLoader loader, string table, string keyColumn, string businessKeyColumn)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        using var r = loader.Read($"SELECT {keyColumn}, {businessKeyColumn} FROM {table} WHERE {keyColumn} <> 0");
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
