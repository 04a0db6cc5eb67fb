using Smarketing.Etl.Transforms.Attribution.DataDriven;

namespace Smarketing.Etl.Tests.Transforms.Attribution.DataDriven;

/// <summary>The first-order Markov chain on three journeys, worked by hand (channels C1 = 0, C2 = 1, C3 = 2):
/// J1 C1 → C2 → C3 → Conversion; J2 C1 → Null; J3 C2 → C3 → Null.
/// Transitions: Start→C1 2/3, Start→C2 1/3; C1→C2 1/2, C1→Null 1/2; C2→C3 1; C3→Conversion 1/2, C3→Null 1/2.
/// P(conversion) from C3 = 1/2, from C2 = 1/2, from C1 = 1/2 × 1/2 = 1/4, from Start = 2/3 × 1/4 + 1/3 × 1/2 = 1/3.
/// Without C1: Start = 1/3 × 1/2 = 1/6, removal effect 1 − (1/6)/(1/3) = 0.5. Without C2 or C3 nothing converts: effect 1.
/// Effects add to 2.5; the one conversion is shared 0.5/2.5 = 0.2, 1/2.5 = 0.4, 0.4.</summary>
public class MarkovAttributionTests
{
    private static readonly ChannelJourney[] Journeys =
    [
        new([0, 1, 2], Converted: true),
        new([0], Converted: false),
        new([1, 2], Converted: false),
    ];

    [Test]
    public void Conversion_probability_from_start_is_one_third()
    {
        var result = MarkovAttribution.Fit(Journeys, 3);
        Assert.That(result.ConversionProbability, Is.EqualTo(1.0 / 3).Within(1e-12));
    }

    [Test]
    public void Removal_effects_are_one_half_one_and_one()
    {
        var result = MarkovAttribution.Fit(Journeys, 3);
        Assert.That(result.RemovalEffects, Is.EqualTo(new[] { 0.5, 1.0, 1.0 }).Within(1e-12));
    }

    [Test]
    public void The_conversion_is_shared_in_proportion_to_the_removal_effects()
    {
        var result = MarkovAttribution.Fit(Journeys, 3);
        Assert.That(result.Credit, Is.EqualTo(new[] { 0.2, 0.4, 0.4 }).Within(1e-12));
    }

    [Test]
    public void A_repeated_touch_whose_other_exits_keep_their_proportions_changes_no_removal_effect()
    {
        // C1 → C1 adds a self-loop of 1/3; C1's other exits stay 1:1, so x1 = 1/3·x1 + 1/3·x2 still gives x1 = 1/4.
        ChannelJourney[] repeated = [new([0, 0, 1, 2], Converted: true), Journeys[1], Journeys[2]];
        var result = MarkovAttribution.Fit(repeated, 3);
        Assert.That(result.RemovalEffects, Is.EqualTo(new[] { 0.5, 1.0, 1.0 }).Within(1e-12));
    }

    [Test]
    public void A_channel_that_never_appears_gets_no_credit()
    {
        var result = MarkovAttribution.Fit(Journeys, 4);
        Assert.That(result.Credit[3], Is.Zero);
        Assert.That(result.Credit.Sum(), Is.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void Journeys_without_touches_are_left_out()
    {
        ChannelJourney[] withEmpty = [.. Journeys, new([], Converted: true), new([], Converted: false)];
        var result = MarkovAttribution.Fit(withEmpty, 3);
        Assert.That(result.ConversionProbability, Is.EqualTo(1.0 / 3).Within(1e-12));
        Assert.That(result.Credit, Is.EqualTo(new[] { 0.2, 0.4, 0.4 }).Within(1e-12));
    }

    [Test]
    public void Without_conversions_every_credit_is_zero()
    {
        var result = MarkovAttribution.Fit([new([0, 1], Converted: false), new([1], Converted: false)], 2);
        Assert.That(result.ConversionProbability, Is.Zero);
        Assert.That(result.Credit, Is.EqualTo(new[] { 0.0, 0.0 }));
    }
}
