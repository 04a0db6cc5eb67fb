namespace Smarketing.Benchmarking;

/// <summary>What <see cref="BenchmarkRunner"/> measures: the scales, the simulated period and how the delta is cut.</summary>
public sealed record BenchmarkOptions
{
    /// <summary>Numbers of leads to generate and load, smallest first (growth ratios compare neighbours).</summary>
    public required IReadOnlyList<int> Leads { get; init; }

    /// <summary>Folder for the generated exports and the databases (each scale in its own subfolder).</summary>
    public required string WorkDirectory { get; init; }

    /// <summary>Generator seed.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>First day of the simulated period.</summary>
    public DateOnly From { get; init; } = new(2023, 1, 1);

    /// <summary>Last day of the simulated period: the delta extract is taken on it.</summary>
    public DateOnly To { get; init; } = new(2025, 6, 30);

    /// <summary>Days of changes in the delta: the full extract is taken this many days before <see cref="To"/> (six days of changes
    /// at the end of the default period are about 1 % of the extract).</summary>
    public int DeltaDays { get; init; } = 6;

    /// <summary>Runs of each rpt view query; the median is reported.</summary>
    public int ViewRuns { get; init; } = 5;

    /// <summary>Keep the generated exports and databases after the run.</summary>
    public bool KeepFiles { get; init; }

    /// <summary>The warehouse model (default: the DACPAC beside the program).</summary>
    public string? DacpacPath { get; init; }
}
