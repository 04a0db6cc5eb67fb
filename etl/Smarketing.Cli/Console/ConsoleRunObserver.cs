using Smarketing.Etl.Pipeline;
using Spectre.Console;

namespace Smarketing.Cli.Console;

/// <summary>Draws a run's steps as a live progress display (interactive terminals only).</summary>
internal sealed class ConsoleRunObserver(ProgressContext context) : IRunObserver
{
    private ProgressTask? current;

    public void StepStarted(string step)
    {
        current = context.AddTask(Markup.Escape(step), autoStart: true, maxValue: 1);
        current.IsIndeterminate = true;
    }

    public void RowsRead(long rows)
    {
        if (current is not null)
        {
            current.Description = $"{current.Description.Split(" (")[0]} ({rows:N0} rows)";
        }
    }

    public void StepFinished(string step, TimeSpan elapsed)
    {
        if (current is null)
        {
            return;
        }

        current.IsIndeterminate = false;
        current.Value = current.MaxValue;
        current.StopTask();
    }

    /// <summary>Runs <paramref name="work"/> with a live display when interactive, otherwise with no observer.</summary>
    public static T Observe<T>(bool interactive, Func<IRunObserver, T> work)
    {
        if (!interactive)
        {
            return work(NullRunObserver.Instance);
        }

        return AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx => work(new ConsoleRunObserver(ctx)));
    }
}
