namespace Smarketing.Benchmarking;

/// <summary>Where a measured run executes. A fresh process per run (the CLI's host) keeps one run's memory out of the next run's
/// peak: what the generator, an earlier scale or the allocator kept would otherwise count against it.</summary>
public interface IMeasurementHost
{
    /// <summary>Executes <paramref name="run"/> and returns what it cost.</summary>
    Measurement Measure(MeasuredRun run);
}

/// <summary>Runs measurements in the current process (tests, and a fallback).</summary>
public sealed class InProcessMeasurementHost : IMeasurementHost
{
    /// <inheritdoc />
    public Measurement Measure(MeasuredRun run) => MeasuredRuns.Execute(run);
}
