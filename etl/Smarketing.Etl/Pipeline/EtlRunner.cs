using System.Diagnostics;
using Serilog;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Sources;
using Smarketing.Etl.Staging;
using Smarketing.Etl.Transforms;
using Smarketing.Etl.Transforms.Dimensions;
using Smarketing.Etl.Transforms.Facts;
using Smarketing.Etl.Transforms.Attribution;
using Smarketing.Etl.Transforms.Attribution.DataDriven;
using Smarketing.Etl.Transforms.Funnel;
using Smarketing.Etl.Transforms.Incremental;
using Smarketing.Etl.Transforms.LifetimeValue;
using Smarketing.Etl.Transforms.Revenue;

namespace Smarketing.Etl.Pipeline;

/// <summary>Runs one batch: sources → stg → dimensions → facts, all in one transaction, then records the batch.
/// Rejected rows are kept with their reason; past the threshold the batch is rolled back and fails with its own exit code.</summary>
public sealed partial class EtlRunner(IWarehouseLoader loader, LoadedConfiguration configuration, ILogger log, IRunObserver? observer = null)
{
    private readonly IRunObserver observer = observer ?? NullRunObserver.Instance;

    /// <summary>Dimensions first (in dependency order), then the Marketo merge map and the choice of leads to recompute, then facts.</summary>
    public static IReadOnlyList<ITransform> Transforms { get; } =
    [
        new StageDimension(), new PersonaDimension(), new ActivityTypeDimension(), new DateDimension(), new CampaignDimension(),
        new RepDimension(), new AccountDimension(), new LeadDimension(), new SlaRuleDimension(), new AttributionModelDimension(),
        new MarketoLeadMerges(), new RecomputeScope(), new MarketingActivityFact(), new FunnelFacts(), new OpportunityFacts(), new CampaignCostFact(), new TargetFact(), new AttributionFacts(),
        new DataDrivenAttributionFacts(), new LifetimeValueFacts(),
    ];

    /// <summary>Runs the batch and returns its outcome; expected failures (threshold, bad source file) are results, not exceptions.</summary>
    public RunResult Run(RunOptions options)
    {
        var phases = new Dictionary<string, TimeSpan>();
        var counts = new List<EntityCount>();
        var rejects = new List<RejectedRow>();
        var notes = new List<string>();
        var batchId = loader.StartBatch(options.AsOfUtc ?? DateTime.UtcNow, "Full", Path.GetFullPath(options.SourceDirectory));
        var asOf = options.AsOfUtc ?? DateTime.UtcNow;
        using var _ = Serilog.Context.LogContext.PushProperty("BatchId", batchId);
        log.Information("Batch {BatchId} started on {Engine} from {Source}", batchId, loader.Engine, options.SourceDirectory);
        loader.BeginTransaction();
        try
        {
            Timed(phases, "stage", () => StageAll(options, batchId, counts, rejects, notes));
            var breaches = DataQualityGate.Breaches(counts, options.MaxRejectPercent);
            if (breaches.Count > 0)
            {
                loader.Rollback();
                var message = "Data-quality threshold exceeded, nothing committed: " + string.Join("; ", breaches);
                log.Error("Batch {BatchId}: {Message}", batchId, message);
                loader.FinishBatch(batchId, BatchStatus.Rejected, ExitCodes.DataQualityThreshold, message, asOf, counts, rejects);
                return new RunResult(batchId, BatchStatus.Rejected, ExitCodes.DataQualityThreshold, asOf, counts, rejects, notes, phases, message);
            }

            asOf = options.AsOfUtc ?? LatestSourceInstant() ?? asOf;
            SnapshotConfiguration(batchId);
            var context = new TransformContext(loader, configuration.Value, batchId, asOf)
            {
                RecomputeAllReason = RecomputeScope.AllLeadsReason(loader, options.RecomputeAll),
            };
            Timed(phases, "transform", () => TransformAll(context, counts));
            notes.AddRange(context.Notes);
            var (leadScope, opportunityScope) = (context.Leads.Describe("leads"), context.Opportunities.Describe("opportunities"));
            log.Information("Lead facts rebuilt for {Scope}; attribution rebuilt for {OpportunityScope}", leadScope, opportunityScope);
            foreach (var note in context.Notes)
            {
                log.Warning("{Note}", note);
            }

            AdvanceWatermarks(batchId, asOf);
            loader.Commit();
            loader.FinishBatch(batchId, BatchStatus.Succeeded, ExitCodes.Success, null, asOf, counts, rejects);
            log.Information("Batch {BatchId} succeeded: {Rows} rows read, {Rejected} rejected, as of {AsOf:o}",
                batchId, counts.Where(c => !c.EntityName.Contains('.', StringComparison.Ordinal)).Sum(c => c.RowsRead), rejects.Count, asOf);
            return new RunResult(batchId, BatchStatus.Succeeded, ExitCodes.Success, asOf, counts, rejects, notes, phases, null) { LeadScope = leadScope, OpportunityScope = opportunityScope };
        }
        catch (SourceFileException e)
        {
            loader.Rollback();
            log.Error("Batch {BatchId}: {Message}", batchId, e.Message);
            loader.FinishBatch(batchId, BatchStatus.Failed, ExitCodes.InvalidSource, e.Message, asOf, counts, rejects);
            return new RunResult(batchId, BatchStatus.Failed, ExitCodes.InvalidSource, asOf, counts, rejects, notes, phases, e.Message);
        }
        catch (Exception e)
        {
            loader.Rollback();
            log.Error(e, "Batch {BatchId} failed and was rolled back", batchId);
            loader.FinishBatch(batchId, BatchStatus.Failed, ExitCodes.Failure, e.Message, asOf, counts, rejects);
            throw;
        }
    }

    private void StageAll(RunOptions options, int batchId, List<EntityCount> counts, List<RejectedRow> rejects, List<string> notes)
    {
        var stager = new Stager(loader);
        foreach (var source in SourceFiles.All)
        {
            var path = Path.Combine(options.SourceDirectory, source.FileName);
            if (!File.Exists(path))
            {
                if (source.IsOptional)
                {
                    continue;
                }

                notes.Add($"{source.FileName} is not in the landing folder: {source.EntityName} data is not refreshed by this batch.");
                continue;
            }

            var watch = Stopwatch.StartNew();
            observer.StepStarted($"stage {source.FileName}");
            var result = stager.Stage(path, source, batchId, new SyncProgress(observer));
            observer.StepFinished($"stage {source.FileName}", watch.Elapsed);
            counts.Add(new EntityCount(source.EntityName, result.RowsRead, result.Counts.Inserted, result.Counts.Updated, 0, result.Rejected.Count));
            rejects.AddRange(result.Rejected);
            notes.AddRange(result.Notes);
            foreach (var reject in result.Rejected.Take(20))
            {
                log.Warning("Rejected {Reject}", reject.ToString());
            }

            log.Information("Staged {File}: {Read} read, {Inserted} inserted, {Updated} updated, {Rejected} rejected in {Elapsed}",
                source.FileName, result.RowsRead, result.Counts.Inserted, result.Counts.Updated, result.Rejected.Count, watch.Elapsed);
        }

    }

    private void TransformAll(TransformContext context, List<EntityCount> counts)
    {
        foreach (var transform in Transforms)
        {
            var watch = Stopwatch.StartNew();
            observer.StepStarted($"load {transform.Table}");
            var tableCounts = transform.Run(context);
            observer.StepFinished($"load {transform.Table}", watch.Elapsed);
            counts.AddRange(tableCounts);
            foreach (var count in tableCounts)
            {
                log.Information("Loaded {Table}: {Read} rows built, {Inserted} inserted, {Updated} updated, {Deleted} deleted in {Elapsed}",
                    count.EntityName, count.RowsRead, count.RowsInserted, count.RowsUpdated, count.RowsDeleted, watch.Elapsed);
            }
        }
    }

    private static void Timed(Dictionary<string, TimeSpan> phases, string name, Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        phases[name] = watch.Elapsed;
    }

    /// <summary>Reports progress synchronously (System.Progress posts to the thread pool, which reorders updates).</summary>
    private sealed class SyncProgress(IRunObserver observer) : IProgress<long>
    {
        public void Report(long value) => observer.RowsRead(value);
    }
}
