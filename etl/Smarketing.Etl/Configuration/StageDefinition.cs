namespace Smarketing.Etl.Configuration;

/// <summary>One funnel stage both teams agreed on.</summary>
public sealed class StageDefinition
{
    /// <summary>Display and key name, e.g. "MQL".</summary>
    public string Name { get; set; } = "";

    /// <summary>Marketing, Sales or Shared.</summary>
    public string OwnerTeam { get; set; } = "";

    /// <summary>Inquiry, MQL, Handoff, SAL, SQL, Opportunity, Won, Lost, Recycled or Disqualified.</summary>
    public string Category { get; set; } = "";

    /// <summary>Marks the marketing → sales handoff stage.</summary>
    public bool IsHandoff { get; set; }

    /// <summary>No stage follows (won, lost, disqualified).</summary>
    public bool IsTerminal { get; set; }

    /// <summary>A won customer.</summary>
    public bool IsWon { get; set; }

    /// <summary>Allowed owner teams.</summary>
    public static IReadOnlyList<string> OwnerTeams { get; } = ["Marketing", "Sales", "Shared"];

    /// <summary>Allowed categories.</summary>
    public static IReadOnlyList<string> Categories { get; } =
        ["Inquiry", "MQL", "Handoff", "SAL", "SQL", "Opportunity", "Won", "Lost", "Recycled", "Disqualified", "Unmapped"];
}
