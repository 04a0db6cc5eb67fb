using System.Globalization;

namespace Smarketing.Etl.Tests.Generation;

/// <summary>Parses the exports' date-times exactly in their documented formats.</summary>
internal static class SourceTime
{
    public static DateTime Salesforce(string? text) =>
        DateTime.ParseExact(text ?? throw new ArgumentNullException(nameof(text)), "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public static DateTime Marketo(string? text) =>
        DateTime.ParseExact(text ?? throw new ArgumentNullException(nameof(text)), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public static DateOnly Date(string? text) =>
        DateOnly.ParseExact(text ?? throw new ArgumentNullException(nameof(text)), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
