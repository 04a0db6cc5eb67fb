namespace Smarketing.Generation;

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

    public decimal? BudgetedCost { get; set; }

    public decimal? ActualCost { get; set; }

    public decimal? ExpectedRevenue { get; set; }

    public required DateTime CreatedUtc { get; init; }

    public required DateTime ModifiedUtc { get; set; }

    /// <summary>Status and spend once it is over (Completed or Aborted), when it is over by the end of the period.</summary>
    public (string Status, decimal? Cost)? Closing { get; set; }

    /// <summary>How fast an in-progress campaign spends its budget (1 = on plan), when it is in progress at the end of the period.</summary>
    public double? SpendPace { get; set; }

    /// <summary>When marketing operations last edited it after it ended (the final cost booked).</summary>
    public DateTime ClosedOutUtc { get; set; }

    /// <summary>Seconds before noon of the extract day at which a running campaign was last edited, when drawn.</summary>
    public int? EditedBeforeNoonSeconds { get; set; }

    /// <summary>Last day new leads can come from it (trade-show lists are imported up to two weeks after the show).</summary>
    public DateOnly AcquisitionEnd => Channel == CampaignChannel.TradeShow ? End.AddDays(14) : End;

    public bool IsActive => Status is "In Progress" or "Planned";

    /// <summary>
    /// The Campaign row on <paramref name="day"/>: Planned before its start, In Progress with the budget spent pro rata, then its
    /// closing status and cost. Running campaigns are edited every day (in the morning, UTC); a finished one last when it was closed out.
    /// </summary>
    public CampaignState AsOf(DateOnly day)
    {
        var (status, cost) = Start > day ? ("Planned", null)
            : End <= day ? Closing ?? throw new InvalidOperationException($"{Name} ended on {End} but was not closed.")
            : ("In Progress", Spend(BudgetedCost, (day.DayNumber - Start.DayNumber + 1.0) / (End.DayNumber - Start.DayNumber + 1.0) * (SpendPace ?? Hashed(1, 0.9, 1.1))));
        var cutoff = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var latest = ClosedOutUtc < cutoff ? ClosedOutUtc
            : day.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc).AddSeconds(-(EditedBeforeNoonSeconds ?? (int)Hashed(2, 1, 43200)));
        return new CampaignState(status, cost, latest > CreatedUtc ? latest : CreatedUtc);
    }

    public static decimal? Spend(decimal? budget, double share) => budget is { } b ? Math.Round(b * (decimal)share, 2) : null;

    /// <summary>A repeatable value in [min, max) for what the end-of-period rules did not draw (only earlier extracts need it).</summary>
    private double Hashed(ulong salt, double min, double max) =>
        min + ((max - min) * (SeededRandom.Mix(((ulong)ProgramId << 8) ^ salt ^ (ulong)CreatedUtc.Ticks) >> 11) * (1.0 / (1UL << 53)));

    public bool CanReach(DateOnly day) => !IsParent && Status != "Aborted" && day >= Start && day <= AcquisitionEnd;
}
