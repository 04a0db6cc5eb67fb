namespace Smarketing.Etl.Loading;

/// <summary>The text of etl.BatchRun.Notes: one note per line, null when there are none.</summary>
public static class BatchNotes
{
    /// <summary>The notes joined by line breaks.</summary>
    public static string? Text(IReadOnlyList<string> notes) => notes.Count == 0 ? null : string.Join('\n', notes);
}
