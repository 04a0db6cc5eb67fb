using System.Diagnostics;
using Smarketing.Etl.Pipeline;

namespace Smarketing.Benchmarking;

/// <summary>Keeps the duration of every step a run reports ("stage Lead.csv", "load dw.DimLead" …), in order.</summary>
internal sealed class StepRecorder : IRunObserver
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public List<(string Step, TimeSpan Elapsed, TimeSpan EndedAt)> Steps { get; } = [];

    public void StepStarted(string step) { }

    public void RowsRead(long rows) { }

    public void StepFinished(string step, TimeSpan elapsed) => Steps.Add((step, elapsed, clock.Elapsed));
}
