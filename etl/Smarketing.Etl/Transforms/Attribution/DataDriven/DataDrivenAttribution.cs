namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>Markov and Shapley credit per channel for one set of journeys, with bootstrap intervals: the journeys are resampled with
/// replacement <c>resamples</c> times (a fixed seed, so a batch is reproducible), both models refitted on each resample, and each
/// channel's share of credit ranked; P5 and P95 by nearest rank bound the share. Journeys without a touch are left out first (they
/// credit no channel). Identical journeys are fitted once with their count as weight, so a resample costs one pass over the
/// distinct paths, not over the people.</summary>
public static class DataDrivenAttribution
{
    /// <summary>The Markov model's name in dw and rpt.</summary>
    public const string Markov = "Markov";

    /// <summary>The Shapley model's name in dw and rpt.</summary>
    public const string Shapley = "Shapley";

    /// <summary>Credits per channel for both models (Markov first, then Shapley; channels in index order).</summary>
    public static IReadOnlyList<DataDrivenCredit> Compute(IReadOnlyList<ChannelJourney> journeys, int channelCount, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        return Compute(journeys.Select(j => new WeightedPath(j, 1)).ToList(), channelCount, resamples, seed);
    }

    /// <summary>Credits per channel for both models from paths with how many journeys took each (the same path may be listed
    /// more than once: the counts add up). The result equals, to the last bit, the per-journey overload on the journeys the
    /// counts stand for: the fit and the resamples depend only on the distinct paths in canonical order and their
    /// counts.</summary>
    public static IReadOnlyList<DataDrivenCredit> Compute(IReadOnlyList<WeightedPath> paths, int channelCount, int resamples,
        int seed)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentOutOfRangeException.ThrowIfNegative(resamples);
        var distinct = DistinctPaths.From(paths.Where(p => p.Journey.Channels.Count > 0 && p.Count > 0), channelCount);
        var markov = distinct.Markov(distinct.Counts);
        var shapley = distinct.Shapley(distinct.Counts);
        var markovShares = new double[channelCount][];
        var shapleyShares = new double[channelCount][];
        for (var c = 0; c < channelCount; c++)
        {
            markovShares[c] = new double[resamples];
            shapleyShares[c] = new double[resamples];
        }

        var random = new Random(seed);
        var weights = new double[distinct.Count];
        for (var b = 0; b < resamples; b++)
        {
            distinct.Resample(random, weights);
            var m = Shares(distinct.Markov(weights));
            var s = Shares(distinct.Shapley(weights));
            for (var c = 0; c < channelCount; c++)
            {
                markovShares[c][b] = m[c];
                shapleyShares[c][b] = s[c];
            }
        }

        var credits = new List<DataDrivenCredit>(2 * channelCount);
        credits.AddRange(Credits(Markov, markov, markovShares));
        credits.AddRange(Credits(Shapley, shapley, shapleyShares));
        return credits;
    }

    private static IEnumerable<DataDrivenCredit> Credits(string model, double[] credit, double[][] resampledShares)
    {
        var shares = Shares(credit);
        for (var c = 0; c < credit.Length; c++)
        {
            var sorted = resampledShares[c].Order().ToArray();
            var low = sorted.Length == 0 ? shares[c] : NearestRank(sorted, 0.05);
            var high = sorted.Length == 0 ? shares[c] : NearestRank(sorted, 0.95);
            yield return new DataDrivenCredit(model, c, credit[c], shares[c], low, high);
        }
    }

    /// <summary>The value at rank ⌈p·n⌉ of an ascending list (nearest rank, as P90 elsewhere in the warehouse).</summary>
    internal static double NearestRank(double[] ascending, double p) =>
        ascending[Math.Max(1, (int)Math.Ceiling(p * ascending.Length)) - 1];

    private static double[] Shares(double[] credit)
    {
        var total = credit.Sum();
        return credit.Select(c => total > 0 ? c / total : 0).ToArray();
    }

    /// <summary>The distinct (channel sequence, converted) paths with how many journeys took each, in canonical order. Each
    /// path's transitions (with their multiplicity) and distinct channels are worked out once, not once per resample. Transition
    /// counts are sums of whole numbers, exact in a double whatever the order of the additions, so adding a path's repeated
    /// transition once with its multiplicity gives the same matrix as adding it step by step; Shapley credit, a sum of fractions,
    /// is added in the same order as before (paths in canonical order, channels in first-touch order).</summary>
    private sealed class DistinctPaths
    {
        private readonly List<ChannelJourney> representatives = [];
        private readonly List<(int From, int To, int Times)[]> transitions = [];
        private readonly List<int> lastStates = [];
        private readonly List<List<int>> distinctChannels = [];
        private readonly int channelCount;
        private int[] pathOf = [];

        private DistinctPaths(int channelCount) => this.channelCount = channelCount;

        public int Count => representatives.Count;

        public double[] Counts { get; private set; } = [];

        public static DistinctPaths From(IEnumerable<WeightedPath> weighted, int channelCount)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var paths = new DistinctPaths(channelCount);
            var counts = new List<long>();
            // Canonical order (by path, not by person): the bootstrap draws the same resamples whatever order the people were read
            // in, so a delta batch and a full load of the same data give the same intervals.
            var ordered = weighted
                .Select(w => (Key: (w.Journey.Converted ? "1:" : "0:") + string.Join(',', w.Journey.Channels), Path: w))
                .OrderBy(j => j.Key, StringComparer.Ordinal);
            foreach (var (key, path) in ordered)
            {
                if (!index.TryGetValue(key, out var id))
                {
                    id = paths.representatives.Count;
                    index[key] = id;
                    paths.Add(path.Journey);
                    counts.Add(0);
                }

                counts[id] += path.Count;
            }

            paths.Counts = counts.Select(c => (double)c).ToArray();
            // Journey i of the canonical order took path pathOf[i]: each path's journeys are consecutive.
            paths.pathOf = new int[checked((int)counts.Sum())];
            for (int p = 0, i = 0; p < counts.Count; p++)
            {
                for (var n = 0L; n < counts[p]; n++)
                {
                    paths.pathOf[i++] = p;
                }
            }

            return paths;
        }

        private void Add(ChannelJourney journey)
        {
            representatives.Add(journey);
            var steps = new Dictionary<(int From, int To), int>();
            var order = new List<(int From, int To)>();
            var from = 0;
            foreach (var channel in journey.Channels)
            {
                var step = (from, channel + 1);
                if (!steps.TryAdd(step, 1))
                {
                    steps[step]++;
                }
                else
                {
                    order.Add(step);
                }

                from = channel + 1;
            }

            transitions.Add(order.Select(s => (s.From, s.To, steps[s])).ToArray());
            lastStates.Add(from);
            distinctChannels.Add(ShapleyAttribution.DistinctChannels(journey));
        }

        /// <summary>Draws as many journeys as there are, with replacement, and tallies them per path into <paramref name="weights"/>.</summary>
        public void Resample(Random random, double[] weights)
        {
            Array.Clear(weights);
            for (var i = 0; i < pathOf.Length; i++)
            {
                weights[pathOf[random.Next(pathOf.Length)]]++;
            }
        }

        public double[] Markov(double[] weights)
        {
            var counts = new TransitionCounts(channelCount);
            for (var p = 0; p < representatives.Count; p++)
            {
                if (weights[p] != 0)
                {
                    counts.Add(transitions[p], lastStates[p], representatives[p].Converted, weights[p]);
                }
            }

            return [.. MarkovAttribution.Solve(counts).Credit];
        }

        public double[] Shapley(double[] weights)
        {
            var credit = new double[channelCount];
            for (var p = 0; p < representatives.Count; p++)
            {
                var weight = weights[p];
                if (!representatives[p].Converted || weight == 0)
                {
                    continue;
                }

                var distinct = distinctChannels[p];
                foreach (var channel in distinct)
                {
                    credit[channel] += weight / distinct.Count;
                }
            }

            return credit;
        }
    }
}
