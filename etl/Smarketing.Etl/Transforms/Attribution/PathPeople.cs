using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>Whose touches form an opportunity's path under an attribution contact mode (docs/METRICS.md, "Whose touches"). A
/// mode that finds nobody (no contact role, no account) falls back to the converted-lead rule, so an extract without
/// OpportunityContactRole.csv attributes exactly as <see cref="AttributionContactMode.ConvertedLead"/> does.</summary>
public static class PathPeople
{
    /// <summary>The people (dw.DimLead keys) of one opportunity.</summary>
    /// <param name="mode">One of <see cref="AttributionContactMode.All"/>.</param>
    /// <param name="opportunityId">The opportunity.</param>
    /// <param name="leadKey">The lead converted into it, or 0.</param>
    /// <param name="accountKey">Its account, or 0.</param>
    /// <param name="roles">The role holders of every opportunity.</param>
    /// <param name="accountPeople">The people of an account.</param>
    public static IReadOnlyList<int> Of(string mode, string opportunityId, int leadKey, int accountKey, ContactRoleCatalog roles,
        Func<int, IReadOnlyList<int>> accountPeople)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(accountPeople);
        var chosen = mode switch
        {
            AttributionContactMode.PrimaryContactRole => roles.Primary(opportunityId),
            AttributionContactMode.AllContactRoles => roles.All(opportunityId),
            AttributionContactMode.AccountContacts when accountKey != 0 => accountPeople(accountKey),
            _ => [],
        };
        if (chosen.Count > 0)
        {
            return chosen;
        }

        return leadKey != 0 ? [leadKey] : accountPeople(accountKey);
    }
}
