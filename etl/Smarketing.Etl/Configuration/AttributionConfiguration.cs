namespace Smarketing.Etl.Configuration;

/// <summary>Multi-touch attribution: which interactions are touches, how far back they count, and the models (SPEC §3).</summary>
public sealed class AttributionConfiguration
{
    /// <summary>Touches up to this many days before the opportunity's creation are on its path.</summary>
    public int LookbackDays { get; set; } = 365;

    /// <summary>Whose touches form an opportunity's path in every rule-based model of <see cref="Models"/> (one of
    /// <see cref="AttributionContactMode.All"/>); the data-driven models follow people's own journeys and do not use
    /// it.</summary>
    public string ContactMode { get; set; } = AttributionContactMode.ConvertedLead;

    /// <summary>The model used for CAC, campaign ROI and customer acquisition cost unless a report picks another.</summary>
    public string DefaultModel { get; set; } = "W-shaped";

    /// <summary>Marketo activity types that count as touches when their campaignId maps to a campaign (engagement, not sends).</summary>
    public List<int> MarketoTouchActivityTypes { get; set; } = [1, 2, 3, 11, 12, 100001];

    /// <summary>Markov and Shapley credit per channel (dw.FactAttributionDataDriven).</summary>
    public DataDrivenAttributionConfiguration DataDriven { get; set; } = new();

    /// <summary>The models, each loaded into dw.DimAttributionModel.</summary>
    public List<AttributionModelDefinition> Models { get; set; } =
    [
        new() { Name = "First touch", Type = "FirstTouch", Description = "All credit to the first touch on the path." },
        new() { Name = "Lead creation", Type = "LeadCreation", Description = "All credit to the touch that created the lead." },
        new() { Name = "Last touch", Type = "LastTouch", Description = "All credit to the last touch before the opportunity was created." },
        new() { Name = "Linear", Type = "Linear", Description = "Equal credit to every touch before the opportunity was created." },
        new() { Name = "U-shaped", Type = "PositionBased", Description = "40% first touch, 40% lead creation, 20% shared by the rest.", FirstTouch = 0.4m, LeadCreation = 0.4m, OpportunityCreation = 0m, ClosedWon = 0m, Middle = 0.2m },
        new() { Name = "W-shaped", Type = "PositionBased", Description = "30% first touch, 30% lead creation, 30% opportunity creation, 10% shared by the rest.", FirstTouch = 0.3m, LeadCreation = 0.3m, OpportunityCreation = 0.3m, ClosedWon = 0m, Middle = 0.1m },
        new() { Name = "Full path", Type = "PositionBased", Description = "22.5% each to first touch, lead creation, opportunity creation and closed won, 10% shared by the rest.", FirstTouch = 0.225m, LeadCreation = 0.225m, OpportunityCreation = 0.225m, ClosedWon = 0.225m, Middle = 0.1m },
        new() { Name = "Time decay", Type = "TimeDecay", Description = "Credit halves for every half-life a touch lies before the opportunity's creation.", HalfLifeDays = 7m },
    ];
}
