namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>What the Markov chain says: the probability of converting from Start, each channel's removal effect (0..1) and the
/// conversions credited to it (they add up to the observed conversions when any channel has an effect).</summary>
public sealed record MarkovResult(double ConversionProbability, IReadOnlyList<double> RemovalEffects, IReadOnlyList<double> Credit);
