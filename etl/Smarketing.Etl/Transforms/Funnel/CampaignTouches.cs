using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>Campaign keys and channels by Salesforce campaign id, and the touch-based campaign choices for a lead. A campaign
/// whose type the configuration does not map to a channel (<c>campaignChannels</c>), or that has no type, gives a lead no channel:
/// the lead keeps its own lead source, so a mapped CRM's campaigns cannot turn every lead's channel into "Other" or "Unknown".</summary>
public sealed class CampaignTouches
{
    private readonly Dictionary<string, (int Key, string? Channel)> campaigns;

    private CampaignTouches(Dictionary<string, (int, string?)> campaigns) => this.campaigns = campaigns;

    internal const string Sql =
        "SELECT SalesforceCampaignId, CampaignKey, Channel, CampaignType FROM dw.DimCampaign WHERE CampaignKey <> 0";

    /// <summary>Reads dw.DimCampaign; <paramref name="campaignChannels"/> is the configuration's campaign type → channel map.</summary>
    public static CampaignTouches Load(IWarehouseLoader loader, IReadOnlyDictionary<string, string> campaignChannels)
    {
        ArgumentNullException.ThrowIfNull(campaignChannels);
        var campaigns = new Dictionary<string, (int, string?)>(StringComparer.Ordinal);
        using var r = loader.Read(Sql);
        while (r.Read())
        {
            var configured = r.Str(3) is { } type && campaignChannels.ContainsKey(type);
            campaigns[r.Str(0)!] = (r.Int(1)!.Value, configured ? r.Str(2) : null);
        }

        return new CampaignTouches(campaigns);
    }

    /// <summary>Key and channel of a campaign id (0 / null when unknown).</summary>
    public (int Key, string? Channel) this[string? campaignId] =>
        campaignId is not null && campaigns.TryGetValue(campaignId, out var c) ? c : (0, null);

    /// <summary>The first campaign response of the lead.</summary>
    public static LeadEvent? FirstTouch(LeadHistory lead)
    {
        foreach (var e in lead.Events)
        {
            if (e.Kind == LeadEventKind.CampaignTouch)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The response that created the lead: the earliest one no later than a day after creation; else the first touch.</summary>
    public static LeadEvent? LeadCreationTouch(LeadHistory lead)
    {
        var cutoff = lead.CreatedAtUtc.AddDays(1);
        foreach (var e in lead.Events)
        {
            if (e.Kind == LeadEventKind.CampaignTouch && e.At <= cutoff)
            {
                return e;
            }
        }

        return FirstTouch(lead);
    }

    /// <summary>The most recent response at or before <paramref name="atUtc"/> (a plain loop: it runs per stage entry).</summary>
    public static LeadEvent? LatestTouchAt(LeadHistory lead, DateTime atUtc)
    {
        LeadEvent? latest = null;
        foreach (var e in lead.Events)
        {
            if (e.Kind == LeadEventKind.CampaignTouch && e.At <= atUtc)
            {
                latest = e;
            }
        }

        return latest;
    }
}
