namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>First-order Markov chain attribution: states Start, one per channel, Conversion and Null; transition probabilities are
/// the observed transition counts divided by the counts leaving each state. A channel's removal effect is the relative drop of the
/// probability of reaching Conversion from Start when every transition into that channel goes to Null instead; credit is the
/// observed conversions shared in proportion to the removal effects (docs/METRICS.md, "Data-driven attribution").</summary>
public static class MarkovAttribution
{
    /// <summary>Fits the chain to the journeys that have at least one touch (a journey without touches has no channel to credit and
    /// is left out) and returns each channel's removal effect and credited conversions.</summary>
    public static MarkovResult Fit(IReadOnlyList<ChannelJourney> journeys, int channelCount)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var counts = new TransitionCounts(channelCount);
        foreach (var journey in journeys)
        {
            counts.Add(journey, 1);
        }

        return Solve(counts);
    }

    /// <summary>Removal effects and credit from transition counts already tallied (the bootstrap re-weights the same paths).</summary>
    internal static MarkovResult Solve(TransitionCounts counts)
    {
        var n = counts.ChannelCount;
        var baseline = ConversionProbability(counts, removed: -1);
        var effects = new double[n];
        for (var c = 0; c < n; c++)
        {
            effects[c] = baseline > 0 ? Math.Max(0, 1 - ConversionProbability(counts, c) / baseline) : 0;
        }

        var total = effects.Sum();
        var credit = effects.Select(e => total > 0 ? counts.Conversions * e / total : 0).ToArray();
        return new MarkovResult(baseline, effects, credit);
    }

    /// <summary>Probability of absorption in Conversion from Start: solves x = Q·x + r over the transient states (Start and the
    /// channels), where Q holds transient-to-transient probabilities and r the probability of stepping into Conversion. A removed
    /// channel is absorbing Null: its equation becomes x = 0.</summary>
    private static double ConversionProbability(TransitionCounts counts, int removed)
    {
        var size = counts.ChannelCount + 1; // 0 = Start, 1..n = channels
        var a = new double[size, size + 1];
        for (var s = 0; s < size; s++)
        {
            a[s, s] = 1;
            var outgoing = counts.Outgoing(s);
            if ((removed >= 0 && s == removed + 1) || outgoing == 0)
            {
                continue;
            }

            for (var t = 1; t < size; t++)
            {
                a[s, t] -= counts.Between(s, t) / outgoing;
            }

            a[s, size] = counts.ToConversion(s) / outgoing;
        }

        return GaussianElimination.Solve(a)[0];
    }
}
