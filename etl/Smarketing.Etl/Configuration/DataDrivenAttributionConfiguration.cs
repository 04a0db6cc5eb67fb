namespace Smarketing.Etl.Configuration;

/// <summary>The data-driven attribution models (Markov and Shapley at channel level, docs/METRICS.md): which event counts as a
/// conversion and how many bootstrap resamples bound each channel's share.</summary>
public sealed class DataDrivenAttributionConfiguration
{
    /// <summary>The name meaning "the lead's opportunity was won" as the conversion event.</summary>
    public const string Won = "Won";

    /// <summary>Off: dw.FactAttributionDataDriven is left empty.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>Won</c> (the lead's first won opportunity) or a stage category (e.g. <c>SQL</c>: the lead's first entry into
    /// a stage of that category).</summary>
    public string Conversion { get; set; } = Won;

    /// <summary>Bootstrap resamples of the journeys; 0 gives point estimates with an interval equal to them.</summary>
    public int Resamples { get; set; } = 200;

    /// <summary>The bootstrap's random seed: the same data and seed give the same intervals.</summary>
    public int Seed { get; set; } = 20240101;
}
