using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms;

/// <summary>What every transform needs: the warehouse, the configuration and the batch it writes under.</summary>
public sealed class TransformContext(IWarehouseLoader loader, FunnelConfiguration configuration, int batchId, DateTime asOfUtc)
{
    /// <summary>The warehouse being loaded.</summary>
    public IWarehouseLoader Loader { get; } = loader;

    /// <summary>The validated funnel configuration.</summary>
    public FunnelConfiguration Configuration { get; } = configuration;

    /// <summary>The batch id stamped on every row written.</summary>
    public int BatchId { get; } = batchId;

    /// <summary>The batch's as-of instant (open SLA clocks are evaluated at it).</summary>
    public DateTime AsOfUtc { get; } = asOfUtc;

    /// <summary>Size bands, regions, channels.</summary>
    public CompanyProfile Company { get; } = new(configuration);

    /// <summary>Findings worth telling the operator (e.g. unmapped source values), shown in the run summary and logged.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>The leads whose facts this batch rebuilds; decided by <see cref="RecomputeScope"/> after the dimensions are loaded.</summary>
    public RebuildScope Leads { get; set; } = RebuildScope.Undecided;

    /// <summary>Why this batch rebuilds every lead's dimension row and facts whatever its delta touched (first load, changed
    /// configuration, <c>run --recompute-all</c>); null when the delta decides (<see cref="RecomputeScope.AllLeadsReason"/>).</summary>
    public string? RecomputeAllReason { get; init; }

    /// <summary>The opportunities whose attribution this batch rebuilds; decided by the attribution transform (<see cref="OpportunityScope"/>).</summary>
    public RebuildScope Opportunities { get; set; } = RebuildScope.Undecided;

    /// <summary>The accounts whose account facts this batch rebuilds; decided by the account funnel transform
    /// (<see cref="AccountScope"/>).</summary>
    public RebuildScope Accounts { get; set; } = RebuildScope.Undecided;

    /// <summary>Every person's touches, read once on a full rebuild by the rule-based attribution and reused by the data-driven
    /// models (null until read, and on incremental batches, where each reads only its own scope).</summary>
    public Attribution.TouchCatalog? EveryonesTouches { get; set; }

    /// <summary>Persona rules.</summary>
    public PersonaClassifier Personas { get; } = new(configuration.Personas);
}
