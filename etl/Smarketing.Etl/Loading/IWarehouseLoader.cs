using System.Data.Common;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading;

/// <summary>One warehouse engine behind the ETL. Identifiers in generated SQL come from the catalog only; values travel as
/// bulk rows or parameters. A batch is one transaction: <see cref="BeginTransaction"/> … <see cref="Commit"/>.</summary>
public interface IWarehouseLoader : IDisposable
{
    /// <summary>"duckdb" or "sqlserver".</summary>
    string Engine { get; }

    /// <summary>The model the warehouse was deployed from.</summary>
    SchemaCatalog Catalog { get; }

    /// <summary>Records a new batch (committed on its own, so a crash leaves a trace) and marks batches left Running as Abandoned.</summary>
    int StartBatch(DateTime asOfUtc, string mode, string sourcePath);

    /// <summary>Records the batch's end, its counts, rejected rows and notes (warnings about the input, one per line in
    /// etl.BatchRun.Notes), committed on its own, after the batch transaction.</summary>
    void FinishBatch(int batchId, BatchStatus status, int exitCode, string? message, DateTime asOfUtc, IReadOnlyList<EntityCount> counts, IReadOnlyList<RejectedRow> rejects,
        IReadOnlyList<string> notes);

    /// <summary>Starts the batch transaction.</summary>
    void BeginTransaction();

    /// <summary>Commits the batch transaction.</summary>
    void Commit();

    /// <summary>Rolls the batch transaction back.</summary>
    void Rollback();

    /// <summary>Creates (or empties) the work table for <paramref name="target"/> with the given columns and opens a bulk writer on it.</summary>
    IRowWriter OpenWorkTable(TableDefinition target, IReadOnlyList<string> columns);

    /// <summary>Creates (or empties) the work table for <paramref name="target"/> like <see cref="OpenWorkTable"/> and fills it
    /// inside the engine with <c>INSERT … <paramref name="selectSql"/></c> (portable SQL, one value per column in order), so a
    /// set-based transform's rows never pass through the ETL; returns the rows written. <see cref="Upsert"/> merges them as usual.</summary>
    long FillWorkTable(TableDefinition target, IReadOnlyList<string> columns, string selectSql);

    /// <summary>Merges the work table of <paramref name="target"/> into it by business key; unchanged rows are left alone.</summary>
    UpsertCounts Upsert(TableDefinition target, UpsertOptions options);

    /// <summary>A first load written once: when <paramref name="target"/> holds no row and the engine can take the rows there
    /// unmerged, opens a bulk writer straight into it (no work table, no second copy); null otherwise, and the caller uses
    /// <see cref="OpenWorkTable"/> and <see cref="Upsert"/>. Finish with <see cref="CompleteFirstLoad"/>.</summary>
    IRowWriter? OpenFirstLoad(TableDefinition target, IReadOnlyList<string> columns) => null;

    /// <summary>A set-based first load written once: when <paramref name="target"/> holds no row, <c>INSERT … SELECT</c> straight
    /// into it and returns the rows written; null otherwise (use <see cref="FillWorkTable"/>). Finish with
    /// <see cref="CompleteFirstLoad"/>.</summary>
    long? FillFirstLoad(TableDefinition target, IReadOnlyList<string> columns, string selectSql) => null;

    /// <summary>Applies after a first load what <see cref="Upsert"/> would have guaranteed: a business key written twice keeps only
    /// its newest row (the options' version, then tie-break column, as the upsert orders them), and the batch's key check learns
    /// what was written. Returns the counts the upsert would have returned (every row kept is an insert).</summary>
    UpsertCounts CompleteFirstLoad(TableDefinition target, UpsertOptions options) =>
        throw new NotSupportedException($"{Engine} has no first-load path for {target?.FullName}.");

    /// <summary>Runs a query and returns a reader (portable SQL; no parameters).</summary>
    DbDataReader Read(string sql);

    /// <summary>Runs a statement (portable SQL; no parameters) and returns the affected row count.</summary>
    long Execute(string sql);
}
