namespace Smarketing.Etl.Pipeline;

/// <summary>Process exit codes of <c>smarketing</c>, for schedulers (documented in the README).</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>Unexpected failure; the batch was rolled back and the error logged with the batch id.</summary>
    public const int Failure = 1;

    /// <summary>Bad command-line arguments.</summary>
    public const int InvalidArguments = 2;

    /// <summary>The funnel configuration is invalid (every problem listed).</summary>
    public const int InvalidConfiguration = 3;

    /// <summary>Rejected rows exceeded the data-quality threshold, or a full extract holds far fewer rows or keys of an entity than
    /// the warehouse (volume guard); nothing was committed, rejects are in etl.RejectedRow.</summary>
    public const int DataQualityThreshold = 4;

    /// <summary>Another run holds the warehouse.</summary>
    public const int AlreadyRunning = 5;

    /// <summary>Deploy blocked: the change could lose data (rerun with --allow-data-loss after a backup).</summary>
    public const int DeployBlocked = 6;

    /// <summary>A source file cannot be read at all (a required column missing, a header naming a column twice, a 0-byte file).</summary>
    public const int InvalidSource = 7;

    /// <summary>A full extract (the first batch, or <c>run --full</c>) lacks a file it must hold, or its Lead.csv has no rows.</summary>
    public const int IncompleteExtract = 8;
}
