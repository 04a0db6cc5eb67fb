using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>The configuration's look-ups as etl tables, rewritten by every batch before the dimensions: campaign type → channel
/// (etl.CampaignChannel), size bands (etl.CompanySizeBand) and country → region (etl.CountryRegion). The set-based dimension
/// loads (prep.Campaign, prep.Account) join them inside the engine, with the same answers as <see cref="CompanyProfile"/>. An
/// entry removed from the configuration loses its row; an unchanged configuration writes nothing.</summary>
public sealed class ConfiguredLookups : ITransform
{
    /// <inheritdoc />
    public string Table => "etl.CampaignChannel, etl.CompanySizeBand, etl.CountryRegion";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context) =>
    [
        context.Loader.Upsert(Channels(context.Configuration, context.BatchId), UpsertOptions.Replace),
        context.Loader.Upsert(SizeBands(context.Configuration, context.BatchId), UpsertOptions.Replace),
        context.Loader.Upsert(Regions(context.Configuration, context.BatchId), UpsertOptions.Replace),
    ];

    /// <summary>One row per configured campaign type (matched exactly, as <see cref="CompanyProfile.Channel"/> does).</summary>
    public static IReadOnlyList<CampaignChannelRow> Channels(FunnelConfiguration configuration, int batchId) =>
        configuration.CampaignChannels.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new CampaignChannelRow(CampaignType: c.Key, Channel: c.Value, BatchId: batchId))
            .ToList();

    /// <summary>One row per configured band, in order; each covers the counts above the previous band's maximum (the validator
    /// keeps the maxima ascending), so a count falls in exactly the band <see cref="CompanyProfile.SizeBand"/> picks.</summary>
    public static IReadOnlyList<CompanySizeBandRow> SizeBands(FunnelConfiguration configuration, int batchId)
    {
        var bands = configuration.CompanySizeBands;
        return bands.Select((band, i) => new CompanySizeBandRow(BandNumber: i + 1, BandName: band.Name,
                MinEmployees: i == 0 ? null : bands[i - 1].MaxEmployees + 1, MaxEmployees: band.MaxEmployees, BatchId: batchId))
            .ToList();
    }

    /// <summary>One row per configured country, upper-cased; of names equal but for case the first configured wins (as in
    /// <see cref="CompanyProfile.Region"/>), and a name with surrounding spaces, which no trimmed country can equal, is left out.</summary>
    public static IReadOnlyList<CountryRegionRow> Regions(FunnelConfiguration configuration, int batchId) =>
        configuration.Regions.Where(r => r.Key.Length > 0 && r.Key == r.Key.Trim())
            .DistinctBy(r => r.Key.ToUpperInvariant())
            .Select(r => new CountryRegionRow(CountryKey: r.Key.ToUpperInvariant(), Region: r.Value, BatchId: batchId))
            .ToList();
}
