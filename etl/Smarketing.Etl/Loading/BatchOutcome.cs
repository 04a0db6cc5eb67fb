namespace Smarketing.Etl.Loading;

/// <summary>Final status of a batch as recorded in etl.BatchRun.</summary>
public enum BatchStatus
{
    /// <summary>Started and not finished (or the process died: the next run marks it Abandoned).</summary>
    Running,

    /// <summary>Committed.</summary>
    Succeeded,

    /// <summary>Rolled back after an error.</summary>
    Failed,

    /// <summary>Rolled back because rejected rows exceeded the threshold.</summary>
    Rejected,

    /// <summary>Found still Running by a later run: the process died, its transaction never committed.</summary>
    Abandoned,
}
