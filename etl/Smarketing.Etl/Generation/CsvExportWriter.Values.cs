using System.Globalization;

namespace Smarketing.Etl.Generation;

/// <summary>Typed fields in the formats the source systems write (invariant culture everywhere).</summary>
internal sealed partial class CsvExportWriter
{
    private const string SalesforceDateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string MarketoDateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    public void Write(long value)
    {
        Span<char> buffer = stackalloc char[24];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        WritePlain(buffer[..written]);
    }

    public void Write(long? value)
    {
        if (value is { } v)
        {
            Write(v);
        }
        else
        {
            WriteNull();
        }
    }

    /// <summary>Money: plain decimal with two places (<c>12500.00</c>).</summary>
    public void WriteMoney(decimal? value)
    {
        if (value is not { } v)
        {
            WriteNull();
            return;
        }

        Span<char> buffer = stackalloc char[40];
        v.TryFormat(buffer, out var written, "0.00", CultureInfo.InvariantCulture);
        WritePlain(buffer[..written]);
    }

    /// <summary>Salesforce boolean: <c>true</c>/<c>false</c>.</summary>
    public void Write(bool value) => WritePlain(value ? "true" : "false");

    /// <summary>Salesforce date-time: UTC with milliseconds, <c>2024-03-08T14:05:09.123Z</c>.</summary>
    public void WriteSalesforceDateTime(DateTime? utc) => WriteFormatted(utc, SalesforceDateTimeFormat);

    /// <summary>Marketo date-time: UTC to the second, <c>2024-03-08T14:05:09Z</c>.</summary>
    public void WriteMarketoDateTime(DateTime? utc) => WriteFormatted(utc, MarketoDateTimeFormat);

    /// <summary>Date-only: <c>2024-03-08</c>.</summary>
    public void WriteDate(DateOnly? date)
    {
        if (date is not { } d)
        {
            WriteNull();
            return;
        }

        Span<char> buffer = stackalloc char[16];
        d.TryFormat(buffer, out var written, DateFormat, CultureInfo.InvariantCulture);
        WritePlain(buffer[..written]);
    }

    private void WriteFormatted(DateTime? utc, string format)
    {
        if (utc is not { } t)
        {
            WriteNull();
            return;
        }

        Span<char> buffer = stackalloc char[32];
        t.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture);
        WritePlain(buffer[..written]);
    }

    private void WritePlain(ReadOnlySpan<char> value)
    {
        Separate();
        _writer.Write(value);
    }
}
