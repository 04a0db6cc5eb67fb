namespace Smarketing.Cli.Scheduling;

/// <summary>What the SQL Server Agent job runs and when.</summary>
public sealed record SqlAgentJobOptions
{
    /// <summary>The job's name in msdb; the script creates it or brings an existing job of that name up to date.</summary>
    public string JobName { get; init; } = "Smarketing ETL";

    /// <summary>Daily start time, in the SQL Server's local time.</summary>
    public TimeOnly ScheduleTime { get; init; } = new(6, 15);

    /// <summary>Agent operator e-mailed when the job fails (it must exist: sp_add_operator); null for no notification.</summary>
    public string? OperatorName { get; init; }

    /// <summary>The smarketing program as the Agent's service (or proxy) account sees it.</summary>
    public string CliPath { get; init; } = @"C:\Smarketing\smarketing.exe";

    /// <summary>Landing folder of the nightly exports.</summary>
    public string SourceDirectory { get; init; } = @"C:\Smarketing\landing";

    /// <summary>The warehouse database.</summary>
    public string DatabaseName { get; init; } = "SmarketingWarehouse";

    /// <summary>How many times the Agent re-runs a failed step (a batch is atomic and idempotent, so a re-run is safe).</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Minutes between retries.</summary>
    public int RetryIntervalMinutes { get; init; } = 15;
}
