using System.Data.Common;
using Dapper;
using Serilog;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Tests.Support;
using Smarketing.Etl.Tests.Transforms.Funnel;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Pipeline;

public class AbandonedBatchTests
{
    [Test]
    public void A_delta_whose_process_dies_is_recorded_as_an_abandoned_incremental_batch()
    {
        var folder = CliProcess.TempFolder();
        var exports = Path.Combine(folder, "exports");
        TenLeadFixture.Write(exports);
        var (warehouse, _) = TestWarehouse.Load(folder, exports, TenLeadFixture.AsOf);
        using (warehouse)
        {
            var dying = new DyingLoader(warehouse);
            Assert.Throws<IOException>(() =>
                new EtlRunner(dying, ConfigurationLoader.Load(null), new LoggerConfiguration().CreateLogger()).Run(new RunOptions(exports, TenLeadFixture.AsOf)));
            // The next batch finds the dead one still Running and marks it Abandoned.
            TestWarehouse.Run(warehouse, new RunOptions(exports, TenLeadFixture.AsOf));
            var batches = warehouse.Connection.Query<(string Status, string Mode)>("SELECT Status, Mode FROM etl.BatchRun ORDER BY BatchId").ToList();
            Assert.That(batches.Take(2), Is.EqualTo(new[] { ("Succeeded", "Full"), ("Abandoned", "Incremental") }));
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A loader whose process dies at the commit: the transaction is lost and the batch is never finished.</summary>
    private sealed class DyingLoader(IWarehouseLoader inner) : IWarehouseLoader
    {
        public string Engine => inner.Engine;

        public SchemaCatalog Catalog => inner.Catalog;

        public int StartBatch(DateTime asOfUtc, string mode, string sourcePath) => inner.StartBatch(asOfUtc, mode, sourcePath);

        public void FinishBatch(int batchId, BatchStatus status, int exitCode, string? message, DateTime asOfUtc, IReadOnlyList<EntityCount> counts,
            IReadOnlyList<RejectedRow> rejects, IReadOnlyList<string> notes)
        {
            // The process is gone: nothing records the end of the batch.
        }

        public void BeginTransaction() => inner.BeginTransaction();

        public void Commit() => throw new IOException("killed");

        public void Rollback() => inner.Rollback();

        public IRowWriter OpenWorkTable(TableDefinition target, IReadOnlyList<string> columns) => inner.OpenWorkTable(target, columns);

        public long FillWorkTable(TableDefinition target, IReadOnlyList<string> columns, string selectSql) =>
            inner.FillWorkTable(target, columns, selectSql);

        public UpsertCounts Upsert(TableDefinition target, UpsertOptions options) => inner.Upsert(target, options);

        public IRowWriter? OpenFirstLoad(TableDefinition target, IReadOnlyList<string> columns) => inner.OpenFirstLoad(target, columns);

        public long? FillFirstLoad(TableDefinition target, IReadOnlyList<string> columns, string selectSql) =>
            inner.FillFirstLoad(target, columns, selectSql);

        public UpsertCounts CompleteFirstLoad(TableDefinition target, UpsertOptions options) => inner.CompleteFirstLoad(target, options);

        public DbDataReader Read(string sql) => inner.Read(sql);

        public long Execute(string sql) => inner.Execute(sql);

        public void Dispose() { }
    }
}
