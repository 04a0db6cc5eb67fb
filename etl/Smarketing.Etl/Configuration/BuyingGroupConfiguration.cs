namespace Smarketing.Etl.Configuration;

/// <summary>What a complete buying group is (docs/METRICS.md, "Buying-group coverage"): the opportunity contact roles a
/// new-business deal needs per account segment, and how recent a touch must be for a role to count as engaged.</summary>
public sealed class BuyingGroupConfiguration
{
    /// <summary>Roles (Salesforce OpportunityContactRole.Role values) a complete group has in a segment not listed in
    /// <see cref="SegmentRoles"/>.</summary>
    public List<string> DefaultRoles { get; set; } = ["Decision Maker", "Economic Buyer", "Technical Buyer", "Champion"];

    /// <summary>Account segment (its company size band, dw.DimAccount.Segment) → the roles its complete group has.</summary>
    public Dictionary<string, List<string>> SegmentRoles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A role is engaged when one of its contacts touched within this many days up to the close (open deals: the
    /// as-of day).</summary>
    public int EngagementWindowDays { get; set; } = 90;

    /// <summary>The roles a complete group has in <paramref name="segment"/>.</summary>
    public IReadOnlyList<string> RolesFor(string segment) =>
        SegmentRoles.TryGetValue(segment, out var roles) ? roles : DefaultRoles;
}
