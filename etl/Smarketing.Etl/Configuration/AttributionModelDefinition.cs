namespace Smarketing.Etl.Configuration;

/// <summary>One attribution model: how an opportunity's credit is split over the touches on its path (docs/METRICS.md).
/// Position-based models give named positions a fixed share and split <see cref="Middle"/> over the other touches.</summary>
public sealed class AttributionModelDefinition
{
    /// <summary>Model name, unique (dw.DimAttributionModel.ModelName), e.g. "W-shaped".</summary>
    public string Name { get; set; } = "";

    /// <summary>One of <see cref="Types"/>.</summary>
    public string Type { get; set; } = "";

    /// <summary>What the model says, for the reports.</summary>
    public string Description { get; set; } = "";

    /// <summary>PositionBased: share of the first touch (0–1).</summary>
    public decimal? FirstTouch { get; set; }

    /// <summary>PositionBased: share of the lead-creation touch (0–1).</summary>
    public decimal? LeadCreation { get; set; }

    /// <summary>PositionBased: share of the last touch at or before the opportunity's creation (0–1).</summary>
    public decimal? OpportunityCreation { get; set; }

    /// <summary>PositionBased: share of the last touch at or before the won date (0–1); greater than 0 makes the path run to the
    /// won date (full path).</summary>
    public decimal? ClosedWon { get; set; }

    /// <summary>PositionBased: share split equally over the touches that hold no named position (0–1).</summary>
    public decimal? Middle { get; set; }

    /// <summary>TimeDecay: a touch this many days older than the opportunity's creation gets half the weight.</summary>
    public decimal? HalfLifeDays { get; set; }

    /// <summary>The model types.</summary>
    public static readonly string[] Types = ["FirstTouch", "LeadCreation", "LastTouch", "Linear", "PositionBased", "TimeDecay"];
}
