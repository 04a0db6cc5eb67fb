namespace Smarketing.Etl.Configuration;

/// <summary>Whose touches form an opportunity's path in the rule-based attribution models (attribution.contactMode,
/// docs/METRICS.md). B2B deals are bought by groups: following only the converted lead misses the buying group's own
/// engagement.</summary>
public static class AttributionContactMode
{
    /// <summary>The lead converted into the opportunity; renewals, upgrades and opportunities without a lead: the account's
    /// people. The default, so numbers never move without a configuration change.</summary>
    public const string ConvertedLead = "convertedLead";

    /// <summary>The opportunity's primary contact role.</summary>
    public const string PrimaryContactRole = "primaryContactRole";

    /// <summary>Every current contact role of the opportunity.</summary>
    public const string AllContactRoles = "allContactRoles";

    /// <summary>Every lead and contact of the opportunity's account.</summary>
    public const string AccountContacts = "accountContacts";

    /// <summary>The modes, as written in the configuration.</summary>
    public static readonly string[] All = [ConvertedLead, PrimaryContactRole, AllContactRoles, AccountContacts];

    /// <summary>True for the modes that read dw.FactOpportunityContactRole.</summary>
    public static bool UsesContactRoles(string mode) => mode is PrimaryContactRole or AllContactRoles;
}
