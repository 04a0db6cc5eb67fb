namespace Smarketing.Generation;

/// <summary>
/// The campaigns of the period and the questions the journeys ask of them: which campaign brought a new lead in,
/// which nurture stream mails it now, which webinar it can register for.
/// </summary>
internal sealed class CampaignCatalog(IReadOnlyList<MarketingCampaign> campaigns)
{
    private readonly double[] _channelWeights = new double[CampaignChannel.All.Count];
    private readonly int[] _channelCounts = new int[CampaignChannel.All.Count];

    public IReadOnlyList<MarketingCampaign> All { get; } = campaigns;

    /// <summary>
    /// The campaign that created a lead on <paramref name="day"/>: a channel by its share of new leads (among channels
    /// running that day), then one of that channel's running campaigns.
    /// </summary>
    public MarketingCampaign PickAcquisition(SeededRandom random, DateOnly day)
    {
        Array.Clear(_channelCounts);
        foreach (var campaign in All)
        {
            if (campaign.CanReach(day))
            {
                _channelCounts[IndexOf(campaign.Channel)]++;
            }
        }

        var total = 0.0;
        for (var i = 0; i < _channelWeights.Length; i++)
        {
            _channelWeights[i] = _channelCounts[i] > 0 ? CampaignChannel.All[i].LeadShare : 0;
            total += _channelWeights[i];
        }

        var roll = random.NextDouble() * total;
        var channel = 0;
        while (channel < _channelWeights.Length - 1 && (roll -= _channelWeights[channel]) >= 0)
        {
            channel++;
        }

        var nth = random.Next(Math.Max(1, _channelCounts[channel]));
        return Running(CampaignChannel.All[channel], day, nth) ?? All.First(c => !c.IsParent);
    }

    /// <summary>The <paramref name="nth"/> campaign of a channel that can reach people on <paramref name="day"/>, if any.</summary>
    public MarketingCampaign? Running(CampaignChannel channel, DateOnly day, int nth = 0)
    {
        foreach (var campaign in All)
        {
            if (campaign.Channel == channel && campaign.CanReach(day) && nth-- == 0)
            {
                return campaign;
            }
        }

        return null;
    }

    private static int IndexOf(CampaignChannel channel)
    {
        for (var i = 0; i < CampaignChannel.All.Count; i++)
        {
            if (ReferenceEquals(CampaignChannel.All[i], channel))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(channel), channel.Type, "Not a known campaign channel.");
    }
}
