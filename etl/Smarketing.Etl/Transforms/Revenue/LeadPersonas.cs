using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Revenue;

/// <summary>The persona of each lead (from its first funnel cycle) and of each account (the persona of the earliest lead
/// converted into it), for the opportunity and lifetime-value facts.</summary>
public sealed class LeadPersonas
{
    private readonly Dictionary<int, int> byLead;
    private readonly Dictionary<string, int> byAccount;

    private LeadPersonas(Dictionary<int, int> byLead, Dictionary<string, int> byAccount)
    {
        this.byLead = byLead;
        this.byAccount = byAccount;
    }

    /// <summary>Reads dw.FactLeadFunnel and dw.DimLead (run after the funnel facts).</summary>
    internal const string Sql =
        "SELECT l.LeadKey, f.PersonaKey, l.SalesforceAccountId FROM dw.DimLead AS l " +
        "INNER JOIN dw.FactLeadFunnel AS f ON f.LeadKey = l.LeadKey AND f.CycleNumber = 1 " +
        "WHERE l.LeadKey <> 0 ORDER BY l.ConvertedDateKey, l.CreatedAtUtc, l.LeadKey";

    public static LeadPersonas Load(IWarehouseLoader loader)
    {
        var byLead = new Dictionary<int, int>();
        var byAccount = new Dictionary<string, int>(StringComparer.Ordinal);
        using var r = loader.Read(Sql);
        while (r.Read())
        {
            var persona = r.Int(1) ?? 0;
            byLead[r.Int(0)!.Value] = persona;
            if (r.Str(2) is { } account)
            {
                byAccount.TryAdd(account, persona);
            }
        }

        return new LeadPersonas(byLead, byAccount);
    }

    /// <summary>The lead's persona key, else the account's, else 0 (Unknown).</summary>
    public int Of(int leadKey, string? accountId) =>
        byLead.TryGetValue(leadKey, out var persona) ? persona
        : accountId is not null && byAccount.TryGetValue(accountId, out var fromAccount) ? fromAccount : 0;
}
