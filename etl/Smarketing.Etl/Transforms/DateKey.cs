namespace Smarketing.Etl.Transforms;

/// <summary>Integer date keys (yyyymmdd) into dw.DimDate; 0 is the Unknown date.</summary>
public static class DateKey
{
    /// <summary>The Unknown member.</summary>
    public const int Unknown = 0;

    /// <summary>yyyymmdd for a date, <see cref="Unknown"/> for null.</summary>
    public static int From(DateOnly? date) => date is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : Unknown;

    /// <summary>yyyymmdd of a UTC instant's date, <see cref="Unknown"/> for null.</summary>
    public static int From(DateTime? utc) => utc is { } t ? From(DateOnly.FromDateTime(t)) : Unknown;

    /// <summary>yyyymmdd for a date, or null when the date is null (for optional milestone keys).</summary>
    public static int? Optional(DateOnly? date) => date is null ? null : From(date);
}
