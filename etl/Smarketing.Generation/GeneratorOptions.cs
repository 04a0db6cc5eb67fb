using System.Globalization;

namespace Smarketing.Generation;

/// <summary>
/// What <see cref="SampleExportGenerator"/> writes: where, how many leads, which seed and which period.
/// The same options always give byte-identical files.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>The landing folder the export files are written into (created when missing, files overwritten).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Number of leads created in the period (reps and campaigns scale with it).</summary>
    public int Leads { get; init; } = 2000;

    /// <summary>Seed of every random choice; change it for a different but equally realistic data set.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>First day of the simulated period (UTC).</summary>
    public DateOnly From { get; init; } = new(2023, 1, 1);

    /// <summary>Last day of the simulated period (UTC, inclusive): the "as of" of the exports; later events have not happened yet.</summary>
    public DateOnly To { get; init; } = new(2025, 6, 30);

    /// <summary>
    /// The day the extract is taken (UTC, inclusive; default <see cref="To"/>): the files show the sources as they stood at the end of
    /// that day, while the simulation still runs to <see cref="To"/>, so extracts of one seed at different dates agree with each other.
    /// </summary>
    public DateOnly? ExtractAt { get; init; }

    /// <summary>
    /// For an incremental (delta) extract: only rows changed at or after this UTC instant are written, in full, as they stand at the
    /// extract date (SystemModstamp; CreatedDate / activityDate for rows that never change). Pass the previous extract's
    /// <see cref="ExtractCutoffUtc"/>. Null writes a full extract.
    /// </summary>
    public DateTime? ChangedSinceUtc { get; init; }

    /// <summary>Whether the prospect accounts (target accounts that never get a deal) are appended; off only in the test that
    /// checks every other row is the same with or without them.</summary>
    internal bool ProspectAccounts { get; init; } = true;

    /// <summary>Midnight (UTC) after the extract date: what happens at or after it is not in the files.</summary>
    public DateTime ExtractCutoffUtc => (ExtractAt ?? To).AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    internal void Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            problems.Add("OutputDirectory is empty; give the landing folder to write into");
        }

        if (Leads < 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Leads is {Leads}; it must be at least 1"));
        }

        if (To.DayNumber - From.DayNumber < 30)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"From {From:yyyy-MM-dd} .. To {To:yyyy-MM-dd} spans less than 30 days; a funnel needs a longer period"));
        }

        if (ExtractAt is { } at && (at < From || at > To))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"ExtractAt {at:yyyy-MM-dd} is outside From {From:yyyy-MM-dd} .. To {To:yyyy-MM-dd}"));
        }

        if (ChangedSinceUtc is { } since && since >= ExtractCutoffUtc)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"ChangedSinceUtc {since:o} is not before the extract's cutoff {ExtractCutoffUtc:o}; nothing could have changed"));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid generator options: " + string.Join("; ", problems) + ".");
        }
    }
}
