namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>A configured stage with its dw.DimStage key.</summary>
public sealed record StageInfo(string Name, int Key, string Category, int SortOrder, bool IsTerminal, bool IsWon, string OwnerTeam = "")
{
    /// <summary>Categories from which a move to Recycled counts as "sent back to marketing".</summary>
    public static IReadOnlyList<string> RecyclableCategories { get; } = ["Handoff", "SAL", "SQL"];

    /// <summary>True for the recycled (nurture) category.</summary>
    public bool IsRecycled => Category == "Recycled";

    /// <summary>True for opportunity stages (open, won or lost).</summary>
    public bool IsOpportunity => Category is "Opportunity" or "Won" or "Lost";
}
