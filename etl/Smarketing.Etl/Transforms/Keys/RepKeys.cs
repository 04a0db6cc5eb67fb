using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Keys;

/// <summary>Finds the DimRep version (SCD type 2) of a user valid at an instant, and that version's time zone.</summary>
public sealed class RepKeys
{
    private readonly Dictionary<string, List<(DateTime From, DateTime To, int Key, string? TimeZone)>> versions;

    private RepKeys(Dictionary<string, List<(DateTime, DateTime, int, string?)>> versions) => this.versions = versions;

    internal const string Sql = "SELECT SalesforceUserId, ValidFromUtc, ValidToUtc, RepKey, TimeZone FROM dw.DimRep WHERE RepKey <> 0 ORDER BY SalesforceUserId, ValidFromUtc";

    /// <summary>Reads every version of every rep.</summary>
    public static RepKeys Load(IWarehouseLoader loader)
    {
        var versions = new Dictionary<string, List<(DateTime, DateTime, int, string?)>>(StringComparer.Ordinal);
        using var r = loader.Read(Sql);
        while (r.Read())
        {
            var id = r.Str(0)!;
            if (!versions.TryGetValue(id, out var list))
            {
                versions[id] = list = [];
            }

            list.Add((r.Instant(1)!.Value, r.Instant(2)!.Value, r.Int(3)!.Value, r.Str(4)));
        }

        return new RepKeys(versions);
    }

    /// <summary>The version valid at <paramref name="atUtc"/> (before the first version: the first), or (0, null) for an unknown user.</summary>
    public (int Key, string? TimeZone) At(string? userId, DateTime atUtc)
    {
        if (userId is null || !versions.TryGetValue(userId, out var list))
        {
            return (0, null);
        }

        foreach (var v in list)
        {
            if (atUtc < v.To)
            {
                return (v.Key, v.TimeZone);
            }
        }

        var last = list[^1];
        return (last.Key, last.TimeZone);
    }
}
