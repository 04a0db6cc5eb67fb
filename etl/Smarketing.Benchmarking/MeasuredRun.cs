namespace Smarketing.Benchmarking;

/// <summary>One run to measure: DuckDB's read_csv baseline, or an ETL batch from <see cref="Source"/> into <see cref="Database"/>.</summary>
public sealed record MeasuredRun(MeasuredRunKind Kind, string Source, string Database, string? DacpacPath = null);

/// <summary>What a <see cref="MeasuredRun"/> does.</summary>
public enum MeasuredRunKind
{
    /// <summary>DuckDB's read_csv of every export file into plain tables of a fresh database.</summary>
    ReadCsv,

    /// <summary>One ETL batch (the CLI's <c>run</c>): a full load into a new warehouse, or a delta on top of one.</summary>
    EtlBatch,
}
