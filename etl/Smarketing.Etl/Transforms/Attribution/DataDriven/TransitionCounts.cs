namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>Weighted transition counts between the Markov chain's states: Start (0), channels (1..n), Conversion and Null.</summary>
internal sealed class TransitionCounts
{
    private readonly double[,] between;
    private readonly double[] toConversion;
    private readonly double[] toNull;

    public TransitionCounts(int channelCount)
    {
        ChannelCount = channelCount;
        between = new double[channelCount + 1, channelCount + 1];
        toConversion = new double[channelCount + 1];
        toNull = new double[channelCount + 1];
    }

    public int ChannelCount { get; }

    /// <summary>Converted journeys counted (with their weights).</summary>
    public double Conversions { get; private set; }

    /// <summary>Adds a journey's transitions <paramref name="weight"/> times; a journey without touches adds nothing.</summary>
    public void Add(ChannelJourney journey, double weight)
    {
        if (journey.Channels.Count == 0 || weight == 0)
        {
            return;
        }

        var from = 0;
        foreach (var channel in journey.Channels)
        {
            between[from, channel + 1] += weight;
            from = channel + 1;
        }

        if (journey.Converted)
        {
            toConversion[from] += weight;
            Conversions += weight;
        }
        else
        {
            toNull[from] += weight;
        }
    }

    /// <summary>Adds a path given as its transitions with their multiplicity (from a state to a channel's state, 0 = Start),
    /// the state it ended in and whether it converted, <paramref name="weight"/> times. Weights are whole numbers, so the sums
    /// are exact and equal to adding the path step by step with <see cref="Add(ChannelJourney, double)"/>.</summary>
    public void Add((int From, int To, int Times)[] steps, int last, bool converted, double weight)
    {
        if (steps.Length == 0 || weight == 0)
        {
            return;
        }

        foreach (var (from, to, times) in steps)
        {
            between[from, to] += weight * times;
        }

        if (converted)
        {
            toConversion[last] += weight;
            Conversions += weight;
        }
        else
        {
            toNull[last] += weight;
        }
    }

    public double Between(int from, int to) => between[from, to];

    public double ToConversion(int from) => toConversion[from];

    public double Outgoing(int from)
    {
        var sum = toConversion[from] + toNull[from];
        for (var t = 1; t <= ChannelCount; t++)
        {
            sum += between[from, t];
        }

        return sum;
    }
}
