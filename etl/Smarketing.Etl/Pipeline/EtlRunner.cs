using System.Diagnostics;
using System.Globalization;
using Serilog;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Sources;
using Smarketing.Etl.Staging;
using Smarketing.Etl.Transforms;
using Smarketing.Etl.Transforms.Accounts;
using Smarketing.Etl.Transforms.Dimensions;
using Smarketing.Etl.Transforms.Facts;
using Smarketing.Etl.Transforms.Attribution;
using Smarketing.Etl.Transforms.Attribution.DataDriven;
using Smarketing.Etl.Transforms.ContactRoles;
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
        new StageDimension(), new PersonaDimension(), new ActivityTypeDimension(), new DateDimension(), new ConfiguredLookups(), new PriorAccounts(), new CampaignDimension(),
        new RepDimension(), new RepSignInDimension(), new AccountDimension(), new LeadDimension(), new SlaRuleDimension(), new AttributionModelDimension(),
        new MarketoLeadMerges(), new RecomputeScope(), new MarketingActivityFact(), new FunnelFacts(), new OpportunityFacts(),
            new CampaignCostFact(), new TargetFact(),
        new OpportunityContactRoleFact(), new AttributionFacts(),
        new DataDrivenAttributionFacts(), new LifetimeValueFacts(),
        new AccountFunnelFacts(), new BuyingGroupCoverageFacts(),
    ];

    /// <summary>Runs the batch and returns its outcome; expected failures (threshold, bad source file, incomplete or shrinking
    /// extract) are results, not exceptions. Every note lands in the log and in etl.BatchRun.Notes, not only on the console.</summary>
    public RunResult Run(RunOptions options)
    {
        // The row records must match the deployed model before anything is recorded: a mismatch names table and column.
        RowMapping.Verify(loader.Catalog);
        var phases = new Dictionary<string, TimeSpan>();
        var counts = new List<EntityCount>();
        var rejects = new List<RejectedRow>();
        var notes = new List<string>();
        var loaded = PreviousSuccesses() > 0;
        var full = options.Full || !loaded;
        // The mode a crash leaves behind: a batch into a loaded warehouse starts as Incremental (RecomputeScope confirms it, or the
        // batch turns Full below when every lead is rebuilt), so an abandoned delta is not recorded as a full load.
        var mode = loaded && !options.RecomputeAll ? "Incremental" : "Full";
        var asOf = options.AsOfUtc ?? DateTime.UtcNow;
        var batchId = loader.StartBatch(asOf, mode, Path.GetFullPath(options.SourceDirectory));
        using var _ = Serilog.Context.LogContext.PushProperty("BatchId", batchId);
        log.Information("Batch {BatchId} started on {Engine} from {Source} ({Extract} extract)", batchId, loader.Engine, options.SourceDirectory,
            full ? "full" : "delta");
        loader.BeginTransaction();
        try
        {
            var rules = configuration.Value.InputRules;
            Timed(phases, "stage", () => StageAll(options, full && loaded && !options.AllowShrink, batchId, counts, rejects, notes));
            if (counts.Count == 0)
            {
                throw new BatchRefusedException(ExitCodes.IncompleteExtract,
                    $"The landing folder {options.SourceDirectory} holds none of the export files (Lead.csv is not in the landing folder); " +
                    "nothing committed. The file names are listed in docs/SOURCES.md.");
            }

            if (full)
            {
                RequireCompleteExtract(counts);
            }

            var breaches = DataQualityGate.Breaches(counts, options.MaxRejectPercent ?? rules.MaxRejectPercent, rules.MinRejectedRows);
            if (breaches.Count > 0)
            {
                throw new BatchRefusedException(ExitCodes.DataQualityThreshold,
                    "Data-quality threshold exceeded, nothing committed: " + string.Join("; ", breaches));
            }

            asOf = options.AsOfUtc ?? LatestSourceInstant() ?? asOf;
            SnapshotConfiguration(batchId);
            var context = new TransformContext(loader, configuration.Value, batchId, asOf)
            {
                RecomputeAllReason = RecomputeScope.AllLeadsReason(loader, options.RecomputeAll),
            };
            Timed(phases, "transform", () => TransformAll(context, counts));
            if (context.Leads.IsAll)
            {
                loader.Execute(MarkFullSql);
            }

            notes.AddRange(context.Notes);
            var (leadScope, opportunityScope) = (context.Leads.Describe("leads"), context.Opportunities.Describe("opportunities"));
            log.Information("Lead facts rebuilt for {Scope}; attribution rebuilt for {OpportunityScope}", leadScope, opportunityScope);
            foreach (var note in context.Notes)
            {
                log.Warning("{Note}", note);
            }

            AdvanceWatermarks(batchId, asOf);
            loader.Commit();
            loader.FinishBatch(batchId, BatchStatus.Succeeded, ExitCodes.Success, null, asOf, counts, rejects, notes);
            log.Information("Batch {BatchId} succeeded: {Rows} rows read, {Rejected} rejected, as of {AsOf:o}",
                batchId, counts.Where(c => !c.EntityName.Contains('.', StringComparison.Ordinal)).Sum(c => c.RowsRead), rejects.Count, asOf);
            return new RunResult(batchId, BatchStatus.Succeeded, ExitCodes.Success, asOf, counts, rejects, notes, phases, null) { LeadScope = leadScope, OpportunityScope = opportunityScope };
        }
        catch (BatchRefusedException e)
        {
            return Refused(batchId, BatchStatus.Rejected, e.ExitCode, e.Message, asOf, counts, rejects, notes, phases);
        }
        catch (SourceFileException e)
        {
            return Refused(batchId, BatchStatus.Failed, ExitCodes.InvalidSource, e.Message, asOf, counts, rejects, notes, phases);
        }
        catch (Exception e)
        {
            loader.Rollback();
            log.Error(e, "Batch {BatchId} failed and was rolled back", batchId);
            loader.FinishBatch(batchId, BatchStatus.Failed, ExitCodes.Failure, e.Message, asOf, counts, rejects, notes);
            throw;
        }
    }

    internal const string PreviousSuccessSql = RecomputeScope.PreviousSuccessSql;

    internal const string MarkFullSql = "UPDATE etl.BatchRun SET Mode = 'Full' WHERE Status = 'Running'";

    private RunResult Refused(int batchId, BatchStatus status, int exitCode, string message, DateTime asOf, List<EntityCount> counts,
        List<RejectedRow> rejects, List<string> notes, Dictionary<string, TimeSpan> phases)
    {
        loader.Rollback();
        log.Error("Batch {BatchId}: {Message}", batchId, message);
        loader.FinishBatch(batchId, status, exitCode, message, asOf, counts, rejects, notes);
        return new RunResult(batchId, status, exitCode, asOf, counts, rejects, notes, phases, message);
    }

    private long PreviousSuccesses()
    {
        using var reader = loader.Read(PreviousSuccessSql);
        return reader.Read() ? Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>A full extract must hold every file its contract requires, with rows: an empty or missing Lead.csv means the export
    /// failed, not that the company has no leads.</summary>
    private static void RequireCompleteExtract(List<EntityCount> counts)
    {
        var missing = SourceFiles.All.Where(s => s.Contract.RequiredInFullExtract)
            .Where(s => counts.FirstOrDefault(c => c.EntityName == s.EntityName) is not { RowsRead: > 0 })
            .Select(s => counts.Any(c => c.EntityName == s.EntityName) ? $"{s.FileName} has no rows" : $"{s.FileName} is not in the landing folder")
            .ToList();
        if (missing.Count > 0)
        {
            throw new BatchRefusedException(ExitCodes.IncompleteExtract,
                $"The full extract is incomplete, nothing committed: {string.Join("; ", missing)}. A full extract (the first batch, or run --full) " +
                "must hold the files listed in docs/SOURCES.md; a delta may omit files.");
        }
    }

    private void StageAll(RunOptions options, bool guardVolume, int batchId, List<EntityCount> counts, List<RejectedRow> rejects, List<string> notes)
    {
        var stager = new Stager(loader);
        var landing = LandingFolder.Scan(options.SourceDirectory);
        AddNotes(notes, landing.Notes);
        var rules = configuration.Value.InputRules;
        var valueRules = new ValueRules(rules, options.AsOfUtc ?? DateTime.UtcNow);
        var shrinking = new List<string>();
        foreach (var source in SourceFiles.All)
        {
            if (landing.PathOf(source) is not { } path)
            {
                if (!source.IsOptional)
                {
                    AddNotes(notes, [$"{source.FileName} is not in the landing folder: {source.EntityName} data is not refreshed by this batch."]);
                }

                continue;
            }

            var watch = Stopwatch.StartNew();
            observer.StepStarted($"stage {source.FileName}");
            var before = guardVolume ? stager.StagedKeys(source.StagingTable) : null;
            var result = stager.Stage(path, source, batchId, valueRules, new SyncProgress(observer), collectKeys: guardVolume);
            observer.StepFinished($"stage {source.FileName}", watch.Elapsed);
            counts.Add(new EntityCount(source.EntityName, result.RowsRead, result.Counts.Inserted, result.Counts.Updated, 0, result.RowsRejected));
            rejects.AddRange(result.Rejected);
            rejects.AddRange(result.EmptiedFields);
            AddNotes(notes, result.Notes);
            if (before is not null && VolumeGuard.Breach(source.EntityName, before, result.Keys!, rules.MaxShrinkPercent) is { } breach)
            {
                shrinking.Add(breach);
            }

            foreach (var reject in result.Rejected.Concat(result.EmptiedFields).Take(20))
            {
                log.Warning("Rejected {Reject}", reject.ToString());
            }

            log.Information("Staged {File}: {Read} read, {Inserted} inserted, {Updated} updated, {Rejected} rejected in {Elapsed}",
                source.FileName, result.RowsRead, result.Counts.Inserted, result.Counts.Updated, result.RowsRejected, watch.Elapsed);
        }

        if (shrinking.Count > 0)
        {
            throw new BatchRefusedException(ExitCodes.DataQualityThreshold,
                "Volume guard: the full extract is much smaller than what is loaded, nothing committed: " + string.Join("; ", shrinking) +
                ". Rerun with --allow-shrink if the records were really removed.");
        }
    }

    private void AddNotes(List<string> notes, IEnumerable<string> added)
    {
        foreach (var note in added)
        {
            notes.Add(note);
            log.Warning("{Note}", note);
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
