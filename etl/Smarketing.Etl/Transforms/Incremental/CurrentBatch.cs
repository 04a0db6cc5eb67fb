namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>SQL fragments naming the batch being loaded, for queries that pick out what it changed: staged and dimension rows keep
/// the batch id of their last change (an upsert leaves unchanged rows alone).</summary>
internal static class CurrentBatch
{
    /// <summary>The batch Running now (a second run cannot start while one is: the warehouse lock).</summary>
    internal const string Id = "(SELECT MAX(b.BatchId) FROM etl.BatchRun AS b WHERE b.Status = 'Running')";

    /// <summary>The last batch that succeeded before it.</summary>
    internal const string PreviousId = "(SELECT MAX(b.BatchId) FROM etl.BatchRun AS b WHERE b.Status = 'Succeeded')";
}
