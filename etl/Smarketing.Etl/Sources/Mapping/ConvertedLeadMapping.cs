namespace Smarketing.Etl.Sources.Mapping;

/// <summary>On an opportunity: the lead it was converted from. That lead gets ConvertedOpportunityId, IsConverted and
/// ConvertedDate (the opportunity's CreatedDate) and any <see cref="Columns"/> it has no value for (e.g. a Title from a
/// persona-like profile on the deal, or the deal's rep as OwnerId).</summary>
public sealed class ConvertedLeadMapping
{
    /// <summary>The lead's canonical Id, computed from the opportunity row.</summary>
    public ColumnMapping Id { get; set; } = new();

    /// <summary>Canonical Lead columns filled from the opportunity row where the lead has none.</summary>
    public Dictionary<string, ColumnMapping> Columns { get; set; } = [];
}
