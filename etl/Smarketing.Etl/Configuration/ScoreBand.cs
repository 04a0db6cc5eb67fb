namespace Smarketing.Etl.Configuration;

/// <summary>A lead-score band: scores at or above <see cref="MinScore"/> (up to the next band) get <see cref="Name"/>.</summary>
public sealed class ScoreBand
{
    /// <summary>Band name, e.g. "Hot".</summary>
    public string Name { get; set; } = "";

    /// <summary>Lowest score of the band, inclusive.</summary>
    public int MinScore { get; set; }
}
