namespace Smarketing.Etl.Sources.Mapping;

/// <summary>One record of a foreign export file.</summary>
/// <param name="Line">Physical line where the record starts (the header is line 1).</param>
/// <param name="Values">Field values in header order.</param>
/// <param name="IsWellFormed">False when the record has a different number of fields than the header.</param>
public sealed record SourceRow(long Line, string[] Values, bool IsWellFormed);
