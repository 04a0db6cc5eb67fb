namespace Smarketing.Generation;

/// <summary>What a generator run wrote: one entry per file, in the order of docs/SOURCES.md.</summary>
public sealed record GenerationSummary
{
    /// <summary>The files written, with their row counts and sizes.</summary>
    public required IReadOnlyList<GeneratedFile> Files { get; init; }

    /// <summary>Leads simulated (the Lead file has a few more rows: merged duplicates and repeated rows are deliberate quirks).</summary>
    public required int Leads { get; init; }

    /// <summary>Wall-clock time of the run (not part of the deterministic output).</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Data rows over all files.</summary>
    public long TotalRows => Files.Sum(f => f.Rows);

    /// <summary>Bytes over all files.</summary>
    public long TotalBytes => Files.Sum(f => f.Bytes);
}
