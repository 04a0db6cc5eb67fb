namespace Smarketing.Etl.Generation;

/// <summary>A Salesforce campaign and its Marketo program (same thing in both systems, linked by the program id).</summary>
internal sealed class MarketingCampaign
{
    public required string Id { get; init; }

    public required int ProgramId { get; init; }

    public required string Name { get; init; }

    public required CampaignChannel Channel { get; init; }

    public string? ParentId { get; init; }

    /// <summary>Parents only group their children; leads respond to the children.</summary>
    public bool IsParent { get; init; }

    public required DateOnly Start { get; init; }

    /// <summary>Last day; for a webinar the day it airs, for a trade show the last show day.</summary>
    public required DateOnly End { get; init; }

    public string Status { get; set; } = "Planned";

    public decimal? BudgetedCost { get; init; }

    public decimal? ActualCost { get; set; }

    public decimal? ExpectedRevenue { get; init; }

    public required DateTime CreatedUtc { get; init; }

    public required DateTime ModifiedUtc { get; set; }

    /// <summary>Last day new leads can come from it (trade-show lists are imported up to two weeks after the show).</summary>
    public DateOnly AcquisitionEnd => Channel == CampaignChannel.TradeShow ? End.AddDays(14) : End;

    public bool IsActive => Status is "In Progress" or "Planned";

    public bool CanReach(DateOnly day) => !IsParent && Status != "Aborted" && day >= Start && day <= AcquisitionEnd;
}
