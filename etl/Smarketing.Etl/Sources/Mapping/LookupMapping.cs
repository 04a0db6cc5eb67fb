namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Finds the id of an already-mapped row of <see cref="Entity"/> whose canonical column <see cref="By"/> equals the
/// value of source column <see cref="Column"/> (case-insensitive), e.g. the lead whose Email is an e-mail event's recipient.</summary>
public sealed class LookupMapping
{
    /// <summary>Source column holding the value to look up.</summary>
    public string Column { get; set; } = "";

    /// <summary>Mapping key of the entity searched (users, accounts, campaigns, leads, contacts, opportunities).</summary>
    public string Entity { get; set; } = "";

    /// <summary>Canonical column of that entity compared with the value.</summary>
    public string By { get; set; } = "";
}
