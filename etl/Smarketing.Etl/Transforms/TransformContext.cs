using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;

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

    /// <summary>Persona rules.</summary>
    public PersonaClassifier Personas { get; } = new(configuration.Personas);
}
