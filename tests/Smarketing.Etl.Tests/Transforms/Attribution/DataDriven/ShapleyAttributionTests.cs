using Smarketing.Etl.Transforms.Attribution.DataDriven;

namespace Smarketing.Etl.Tests.Transforms.Attribution.DataDriven;

/// <summary>Shapley credit under the simplified coalition value v(S) = converted journeys whose channel set lies within S, on three
/// channels A = 0, B = 1, C = 2 and converted journeys {A} × 3, {A, B} × 2, {B, C} × 1, {A, B, C} × 1 (plus journeys that did not
/// convert, which change no coalition value). Every coalition value:
/// v(∅) = 0, v(A) = 3, v(B) = 0, v(C) = 0, v(AB) = 5, v(AC) = 3, v(BC) = 1, v(ABC) = 7.
/// With n = 3 the weights are 1/3 for |S| = 0, 1/6 for |S| = 1 and 1/3 for |S| = 2:
/// φA = 1/3·(3 − 0) + 1/6·(5 − 0) + 1/6·(3 − 0) + 1/3·(7 − 1) = 1 + 5/6 + 1/2 + 2 = 13/3;
/// φB = 1/3·0 + 1/6·(5 − 3) + 1/6·(1 − 0) + 1/3·(7 − 3) = 1/3 + 1/6 + 4/3 = 11/6;
/// φC = 1/3·0 + 1/6·(3 − 3) + 1/6·(1 − 0) + 1/3·(7 − 5) = 1/6 + 2/3 = 5/6. Together 7, the conversions.</summary>
public class ShapleyAttributionTests
{
    private static readonly ChannelJourney[] Journeys =
    [
        new([0], true), new([0, 0], true), new([0], true),
        new([0, 1], true), new([1, 0, 1], true),
        new([2, 1], true),
        new([0, 2, 1], true),
        new([2], false), new([0, 1], false),
    ];

    [Test]
    public void Credit_matches_the_hand_worked_coalition_sums()
    {
        Assert.That(ShapleyAttribution.Credit(Journeys, 3), Is.EqualTo(new[] { 13.0 / 3, 11.0 / 6, 5.0 / 6 }).Within(1e-12));
    }

    [Test]
    public void The_closed_form_equals_the_enumeration_over_every_coalition_on_random_journeys()
    {
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var n = random.Next(1, 9);
            var journeys = Enumerable.Range(0, 60)
                .Select(_ => new ChannelJourney(
                    Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(n)).ToArray(), random.Next(3) == 0))
                .ToList();
            Assert.That(ShapleyAttribution.Credit(journeys, n), Is.EqualTo(EnumeratedShapley(journeys, n)).Within(1e-9));
        }
    }

    [Test]
    public void Symmetric_channels_get_equal_credit()
    {
        ChannelJourney[] journeys = [new([0, 1], true), new([1, 0], true), new([0], false), new([1], false), new([0, 1, 2], true)];
        var credit = ShapleyAttribution.Credit(journeys, 3);
        Assert.That(credit[0], Is.EqualTo(credit[1]).Within(1e-12));
    }

    /// <summary>The textbook formula: φi = Σ over S ⊆ N∖{i} of |S|!(n − |S| − 1)!/n! · (v(S ∪ {i}) − v(S)).</summary>
    private static double[] EnumeratedShapley(IReadOnlyList<ChannelJourney> journeys, int n)
    {
        var sets = journeys.Where(j => j.Converted).Select(j => j.Channels.Aggregate(0, (mask, c) => mask | 1 << c)).ToList();
        double Value(int coalition) => sets.Count(set => (set & ~coalition) == 0);
        double Factorial(int k) => k <= 1 ? 1 : k * Factorial(k - 1);
        var phi = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var s = 0; s < 1 << n; s++)
            {
                if ((s & 1 << i) != 0)
                {
                    continue;
                }

                var size = System.Numerics.BitOperations.PopCount((uint)s);
                phi[i] += Factorial(size) * Factorial(n - size - 1) / Factorial(n) * (Value(s | 1 << i) - Value(s));
            }
        }

        return phi;
    }
}
