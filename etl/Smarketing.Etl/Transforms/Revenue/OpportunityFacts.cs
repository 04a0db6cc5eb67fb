using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Transforms.Funnel;
using Smarketing.Etl.Transforms.Keys;

namespace Smarketing.Etl.Transforms.Revenue;

/// <summary>dw.FactOpportunity (one row per opportunity of every type) and dw.FactPipelineSnapshot (every opportunity open at the
/// end of each week and of each calendar month), both rebuilt from the staged opportunities and their history; amounts converted to the reporting currency.</summary>
public sealed partial class OpportunityFacts : ITransform
{
    /// <inheritdoc />
    public string Table => "dw.FactOpportunity, dw.FactPipelineSnapshot";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var loader = context.Loader;
        var configuration = context.Configuration;
        var keys = new Lookups(
            new StageCatalog(configuration, loader),
            RepKeys.Load(loader),
            KeyMap.Accounts(loader),
            KeyMap.Campaigns(loader),
            LeadPersonas.Load(loader),
            CurrencyConverter.Load(loader, configuration.ReportingCurrency));
        var bidStage = configuration.BidStage is { } bid ? keys.Stages[bid] : null;
        var currencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastWeek = LastSnapshot(context.AsOfUtc);
        var lastMonthEnd = LastMonthEnd(context.AsOfUtc);

        var opportunities = loader.TableOf<FactOpportunityRow>();
        var snapshots = loader.TableOf<FactPipelineSnapshotRow>();
        EntityCount[] built;
        using (var opportunityRows = loader.OpenWorkTable<FactOpportunityRow>())
        using (var snapshotRows = loader.OpenWorkTable<FactPipelineSnapshotRow>())
        {
            foreach (var opportunity in OpportunityStream.Read(loader))
            {
                var code = opportunity.CurrencyIsoCode ?? configuration.ReportingCurrency;
                currencies[code] = currencies.GetValueOrDefault(code) + 1;
                var timeline = new OpportunityTimeline(opportunity, keys.Stages, configuration);
                var rate = keys.Currency.Rate(opportunity.CurrencyIsoCode, opportunity.CloseDate ?? DateOnly.FromDateTime(opportunity.CreatedAtUtc));
                var facts = WriteOpportunity(opportunityRows, context, keys, timeline, rate, bidStage);
                WriteSnapshots(snapshotRows, context, timeline, facts, rate, lastWeek, lastMonthEnd);
            }

            built = [new EntityCount(opportunities.FullName, opportunityRows.RowCount, 0, 0, 0, 0), new EntityCount(snapshots.FullName, snapshotRows.RowCount, 0, 0, 0, 0)];
        }

        context.Notes.AddRange(keys.Currency.Notes(currencies));
        return built.Select(c =>
        {
            var result = loader.Upsert(loader.Catalog.Table(c.EntityName), UpsertOptions.Replace);
            return c with { RowsInserted = result.Inserted, RowsUpdated = result.Updated, RowsDeleted = result.Deleted };
        }).ToList();
    }

    /// <summary>The last Sunday whose end (Monday 00:00 UTC) is at or before <paramref name="asOfUtc"/>: the latest complete week.</summary>
    internal static DateOnly LastSnapshot(DateTime asOfUtc)
    {
        var last = DateOnly.FromDateTime(asOfUtc).AddDays(-1);
        while (last.DayOfWeek != DayOfWeek.Sunday)
        {
            last = last.AddDays(-1);
        }

        return last;
    }

    /// <summary>The last day of the latest calendar month whose end (the 1st, 00:00 UTC) is at or before <paramref name="asOfUtc"/>.</summary>
    internal static DateOnly LastMonthEnd(DateTime asOfUtc) => new DateOnly(asOfUtc.Year, asOfUtc.Month, 1).AddDays(-1);

    /// <summary>Key lookups used by both facts.</summary>
    private sealed record Lookups(StageCatalog Stages, RepKeys Reps, KeyMap Accounts, KeyMap Campaigns, LeadPersonas Personas, CurrencyConverter Currency);
}
