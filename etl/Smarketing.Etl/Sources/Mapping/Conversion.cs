namespace Smarketing.Etl.Sources.Mapping;

/// <summary>An opportunity row naming the lead it was converted from, applied to that lead once every entity is mapped.</summary>
/// <param name="Outcome">The opportunities source it came from (for warnings).</param>
/// <param name="Row">The source row (for its line).</param>
/// <param name="LeadId">The lead's canonical id.</param>
/// <param name="OpportunityId">The opportunity's canonical id.</param>
/// <param name="Created">The opportunity's CreatedDate, canonical.</param>
/// <param name="Columns">Lead columns to fill where the lead has none.</param>
internal sealed record Conversion(EntityOutcome Outcome, SourceRow Row, string LeadId, string OpportunityId, string Created,
    Dictionary<string, string> Columns);
