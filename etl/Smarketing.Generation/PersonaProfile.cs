namespace Smarketing.Generation;

/// <summary>
/// A buyer persona as the data expresses it (titles, industries, company sizes) and how such buyers behave in the funnel.
/// Rates are per cycle; deal sizes are annual contract values in USD before the company-size factor.
/// </summary>
internal sealed record PersonaProfile
{
    public required string Name { get; init; }

    /// <summary>Share of new leads with this persona.</summary>
    public required double Weight { get; init; }

    public required string[] Titles { get; init; }

    /// <summary>Departments a converted contact is filed under.</summary>
    public required string[] Departments { get; init; }

    /// <summary>Industries; an empty string stands for "not captured".</summary>
    public required string[] Industries { get; init; }

    public required int MedianEmployees { get; init; }

    /// <summary>Points of demographic fit at creation (title, company size).</summary>
    public required int FitScore { get; init; }

    /// <summary>Multiplier of opens, clicks, visits and form fills.</summary>
    public required double Engagement { get; init; }

    public required double AcceptRate { get; init; }

    public required double DisqualifyRate { get; init; }

    /// <summary>Accepted leads that sales qualifies (the rest are recycled or disqualified later).</summary>
    public required double QualifyRate { get; init; }

    /// <summary>Multiplies the win odds at each opportunity stage.</summary>
    public required double WinFactor { get; init; }

    public required decimal MedianDeal { get; init; }

    /// <summary>Chance a customer does not renew at an anniversary.</summary>
    public required double ChurnRate { get; init; }

    /// <summary>Chance per customer year of buying an upgrade.</summary>
    public required double UpgradeRate { get; init; }
}
