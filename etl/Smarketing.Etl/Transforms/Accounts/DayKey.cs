namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>Reads a yyyymmdd date key back as a day (the account transforms compare days, not keys).</summary>
internal static class DayKey
{
    /// <summary>The day of <paramref name="key"/>; null for a missing key or the Unknown date 0.</summary>
    public static DateOnly? Day(int? key) => key is { } k and > 0 ? new DateOnly(k / 10000, k / 100 % 100, k % 100) : null;
}
