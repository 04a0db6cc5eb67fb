namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>One person's journey at channel level, as the data-driven models see it: the channels of their touches in time order
/// (repeats kept), whether the journey ended in a conversion, and the revenue it brought. Journeys that did not convert matter as
/// much as those that did: they are the evidence that a channel's presence does not by itself lead to conversion.</summary>
/// <param name="Channels">Channel indices (0-based, into the model's channel list) in touch order.</param>
/// <param name="Converted">The journey reached the conversion event.</param>
/// <param name="Revenue">Won revenue of a converted journey in the reporting currency; 0 otherwise.</param>
public sealed record ChannelJourney(IReadOnlyList<int> Channels, bool Converted, decimal Revenue = 0m);
