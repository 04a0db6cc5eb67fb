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
        ArgumentOutOfRangeException.ThrowIfNegative(resamples);
        var paths = DistinctPaths.From(journeys.Where(j => j.Channels.Count > 0), channelCount);
        var markov = paths.Markov(paths.Counts);
        var shapley = paths.Shapley(paths.Counts);
        var markovShares = new double[channelCount][];
        var shapleyShares = new double[channelCount][];
        for (var c = 0; c < channelCount; c++)
        {
            markovShares[c] = new double[resamples];
            shapleyShares[c] = new double[resamples];
        }

        var random = new Random(seed);
        var weights = new double[paths.Count];
        for (var b = 0; b < resamples; b++)
        {
            paths.Resample(random, weights);
            var m = Shares(paths.Markov(weights));
            var s = Shares(paths.Shapley(weights));
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

    /// <summary>The distinct (channel sequence, converted) paths with how many journeys took each, and each journey's path.</summary>
    private sealed class DistinctPaths
    {
        private readonly List<ChannelJourney> representatives = [];
        private readonly List<int> pathOf = [];
        private readonly int channelCount;

        private DistinctPaths(int channelCount) => this.channelCount = channelCount;

        public int Count => representatives.Count;

        public double[] Counts { get; private set; } = [];

        public static DistinctPaths From(IEnumerable<ChannelJourney> journeys, int channelCount)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var paths = new DistinctPaths(channelCount);
            var counts = new List<double>();
            // Canonical order (by path, not by person): the bootstrap draws the same resamples whatever order the people were read
            // in, so a delta batch and a full load of the same data give the same intervals.
            var ordered = journeys.Select(j => (Key: (j.Converted ? "1:" : "0:") + string.Join(',', j.Channels), Journey: j))
                .OrderBy(j => j.Key, StringComparer.Ordinal);
            foreach (var (key, journey) in ordered)
            {
                if (!index.TryGetValue(key, out var id))
                {
                    id = paths.representatives.Count;
                    index[key] = id;
                    paths.representatives.Add(journey);
                    counts.Add(0);
                }

                counts[id]++;
                paths.pathOf.Add(id);
            }

            paths.Counts = [.. counts];
            return paths;
        }

        /// <summary>Draws as many journeys as there are, with replacement, and tallies them per path into <paramref name="weights"/>.</summary>
        public void Resample(Random random, double[] weights)
        {
            Array.Clear(weights);
            for (var i = 0; i < pathOf.Count; i++)
            {
                weights[pathOf[random.Next(pathOf.Count)]]++;
            }
        }

        public double[] Markov(double[] weights)
        {
            var counts = new TransitionCounts(channelCount);
            for (var p = 0; p < representatives.Count; p++)
            {
                counts.Add(representatives[p], weights[p]);
            }

            return [.. MarkovAttribution.Solve(counts).Credit];
        }

        public double[] Shapley(double[] weights)
        {
            var credit = new double[channelCount];
            for (var p = 0; p < representatives.Count; p++)
            {
                ShapleyAttribution.AddCredit(credit, representatives[p], weights[p]);
            }

            return credit;
        }
    }
}
