using System.Data.Common;
using System.Diagnostics;
using Smarketing.Etl.Loading;
using Smarketing.Schema.Catalog;

namespace Smarketing.Benchmarking;

/// <summary>A loader that passes everything through and times what a run does not report as steps: the commit and the batch record.</summary>
internal sealed class TimedLoader(IWarehouseLoader inner) : IWarehouseLoader
{
    public TimeSpan Commit { get; private set; }

    public TimeSpan RecordBatch { get; private set; }

    public string Engine => inner.Engine;

    public SchemaCatalog Catalog => inner.Catalog;

    public int StartBatch(DateTime asOfUtc, string mode, string sourcePath) => Timed(() => inner.StartBatch(asOfUtc, mode, sourcePath), t => RecordBatch += t);

    public void FinishBatch(int batchId, BatchStatus status, int exitCode, string? message, DateTime asOfUtc, IReadOnlyList<EntityCount> counts, IReadOnlyList<RejectedRow> rejects,
        IReadOnlyList<string> notes) =>
        Timed(() => { inner.FinishBatch(batchId, status, exitCode, message, asOfUtc, counts, rejects, notes); return 0; }, t => RecordBatch += t);

    public void BeginTransaction() => inner.BeginTransaction();

    void IWarehouseLoader.Commit() => Timed(() => { inner.Commit(); return 0; }, t => Commit += t);

    public void Rollback() => inner.Rollback();

    public IRowWriter OpenWorkTable(TableDefinition target, IReadOnlyList<string> columns) => inner.OpenWorkTable(target, columns);

    public UpsertCounts Upsert(TableDefinition target, UpsertOptions options) => inner.Upsert(target, options);

    public DbDataReader Read(string sql) => inner.Read(sql);

    public long Execute(string sql) => inner.Execute(sql);

    /// <summary>Nothing to release: the inner loader belongs to the caller.</summary>
    public void Dispose() { }

    private static T Timed<T>(Func<T> work, Action<TimeSpan> add)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            add(watch.Elapsed);
        }
    }
}
