using System.Globalization;

namespace Smarketing.Generation;

/// <summary>Typed fields in the formats the source systems write (invariant culture everywhere).</summary>
internal sealed partial class CsvExportWriter
{
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
    public void WriteSalesforceDateTime(DateTime? utc) => WriteDateTime(utc, milliseconds: true);

    /// <summary>Marketo date-time: UTC to the second, <c>2024-03-08T14:05:09Z</c>.</summary>
    public void WriteMarketoDateTime(DateTime? utc) => WriteDateTime(utc, milliseconds: false);

    /// <summary>Date-only: <c>2024-03-08</c>.</summary>
    public void WriteDate(DateOnly? date)
    {
        if (date is not { } d)
        {
            WriteNull();
            return;
        }

        Span<char> buffer = stackalloc char[10];
        FormatDate(buffer, d.Year, d.Month, d.Day);
        WritePlain(buffer);
    }

    /// <summary>ISO-8601 in UTC, formatted by hand: this is the hottest path of a large run.</summary>
    private void WriteDateTime(DateTime? utc, bool milliseconds)
    {
        if (utc is not { } t)
        {
            WriteNull();
            return;
        }

        Span<char> buffer = stackalloc char[24];
        FormatDate(buffer, t.Year, t.Month, t.Day);
        buffer[10] = 'T';
        TwoDigits(buffer[11..], t.Hour);
        buffer[13] = ':';
        TwoDigits(buffer[14..], t.Minute);
        buffer[16] = ':';
        TwoDigits(buffer[17..], t.Second);
        if (!milliseconds)
        {
            buffer[19] = 'Z';
            WritePlain(buffer[..20]);
            return;
        }

        var ms = t.Millisecond;
        buffer[19] = '.';
        buffer[20] = (char)('0' + (ms / 100));
        TwoDigits(buffer[21..], ms % 100);
        buffer[23] = 'Z';
        WritePlain(buffer);
    }

    private static void FormatDate(Span<char> buffer, int year, int month, int day)
    {
        TwoDigits(buffer, year / 100);
        TwoDigits(buffer[2..], year % 100);
        buffer[4] = '-';
        TwoDigits(buffer[5..], month);
        buffer[7] = '-';
        TwoDigits(buffer[8..], day);
    }

    private static void TwoDigits(Span<char> buffer, int value)
    {
        buffer[0] = (char)('0' + (value / 10));
        buffer[1] = (char)('0' + (value % 10));
    }

    private void WritePlain(ReadOnlySpan<char> value)
    {
        Separate();
        _writer.Write(value);
    }
}
