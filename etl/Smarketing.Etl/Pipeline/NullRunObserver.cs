namespace Smarketing.Etl.Pipeline;

/// <summary>An observer that ignores progress.</summary>
public sealed class NullRunObserver : IRunObserver
{
    /// <summary>The shared instance.</summary>
    public static NullRunObserver Instance { get; } = new();

    /// <inheritdoc />
    public void StepStarted(string step) { }

    /// <inheritdoc />
    public void RowsRead(long rows) { }

    /// <inheritdoc />
    public void StepFinished(string step, TimeSpan elapsed) { }
}
