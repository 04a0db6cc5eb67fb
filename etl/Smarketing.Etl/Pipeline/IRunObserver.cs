namespace Smarketing.Etl.Pipeline;

/// <summary>Receives progress from a run (the CLI draws it; tests ignore it).</summary>
public interface IRunObserver
{
    /// <summary>A phase or step began, e.g. "stage Lead.csv" or "transform dw.DimLead".</summary>
    void StepStarted(string step);

    /// <summary>Rows read so far in the current step.</summary>
    void RowsRead(long rows);

    /// <summary>The current step finished.</summary>
    void StepFinished(string step, TimeSpan elapsed);
}
