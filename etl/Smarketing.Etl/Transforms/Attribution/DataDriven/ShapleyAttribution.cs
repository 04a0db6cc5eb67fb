namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>Shapley value attribution in the "simplified" formulation (Zhao et al., 2018): the value of a coalition S of channels is
/// the number of converted journeys whose set of distinct channels lies within S. That game is a sum of unanimity games, one per
/// converted journey, so its Shapley value has a closed form: each converted journey gives 1 ÷ (its number of distinct channels)
/// to each of them. It is exact for any number of channels (no sampling); the enumeration over all 2ⁿ coalitions gives the same
/// figures (tested against a hand-worked example).</summary>
public static class ShapleyAttribution
{
    /// <summary>Credited conversions per channel; they add up to the converted journeys that have at least one touch.</summary>
    public static double[] Credit(IReadOnlyList<ChannelJourney> journeys, int channelCount)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var credit = new double[channelCount];
        foreach (var journey in journeys)
        {
            AddCredit(credit, journey, 1);
        }

        return credit;
    }

    /// <summary>Adds one journey's Shapley contribution, <paramref name="weight"/> times.</summary>
    internal static void AddCredit(double[] credit, ChannelJourney journey, double weight)
    {
        if (!journey.Converted || journey.Channels.Count == 0 || weight == 0)
        {
            return;
        }

        var distinct = DistinctChannels(journey);
        foreach (var channel in distinct)
        {
            credit[channel] += weight / distinct.Count;
        }
    }

    internal static List<int> DistinctChannels(ChannelJourney journey)
    {
        var distinct = new List<int>(journey.Channels.Count);
        foreach (var channel in journey.Channels)
        {
            if (!distinct.Contains(channel))
            {
                distinct.Add(channel);
            }
        }

        return distinct;
    }
}
