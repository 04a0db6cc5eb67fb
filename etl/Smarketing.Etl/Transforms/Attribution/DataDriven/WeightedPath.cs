namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>A channel path and how many journeys took it: the data-driven models need only these counts, so the refit reads
/// dw.FactChannelJourney grouped by path rather than one row per person.</summary>
/// <param name="Journey">The path (channels in touch order, converted or not); its revenue is not used by the models.</param>
/// <param name="Count">How many journeys took it.</param>
public sealed record WeightedPath(ChannelJourney Journey, long Count);
