using System.Globalization;
using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Sources;

public sealed partial class CsvSourceReader
{
    /// <summary>Refuses a header whose names repeat, also when they differ only in case or surrounding blanks: which of two
    /// <c>FirstName</c> columns is meant cannot be guessed, and taking the first silently loaded the wrong data.</summary>
    private void CheckHeader(List<string> headers)
    {
        var repeated = headers.Select((h, i) => (Name: h.Trim(), Column: i + 1))
            .GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Key.Length > 0 && g.Count() > 1)
            .Select(g => $"'{string.Join("', '", g.Select(h => h.Name))}' (columns {string.Join(", ", g.Select(h => h.Column))})")
            .ToList();
        if (repeated.Count > 0)
        {
            throw new SourceFileException(
                $"{fileName} line 1: the header names a column more than once (names are case-insensitive): {string.Join("; ", repeated)}");
        }
    }

    private RejectedRow FieldCountReject(ReadOnlySpan<char> raw, long lastLine)
    {
        var spans = lastLine > LineNumber
            ? string.Create(CultureInfo.InvariantCulture,
                $"; a quoted field runs from line {LineNumber} to line {lastLine}, so a quote is probably unbalanced and lines {LineNumber}–{lastLine} were read as one record")
            : csv.RowFieldCount < csv.FieldCount ? " (the row is cut short: a truncated file or a stray line break?)" : " (a stray delimiter or quote?)";
        return new RejectedRow(fileName, LineNumber, null, null,
            $"has {csv.RowFieldCount} fields; the header has {csv.FieldCount}{spans}", raw.ToString())
        { LastLineNumber = lastLine, Action = lastLine > LineNumber ? RejectedRow.BlockRejectedAction : RejectedRow.RowRejectedAction };
    }

    /// <summary>A record that spans lines but has the right field count can still be rows swallowed by a stray quote: a quote
    /// opened in one row and closed by a stray quote three rows on makes one record of four. A physical line inside it that holds,
    /// on its own, as many comma-separated fields as the header is taken for a row of its own, and the record is reported as a
    /// block instead of loading one row with three others folded into a text field.</summary>
    private string? SwallowedRows(ReadOnlySpan<char> raw)
    {
        var lines = raw.ToString().Split('\n');
        var whole = lines.Select((l, i) => (Line: LineNumber + i, Fields: l.Count(c => c == ',') + 1))
            .Where(l => l.Fields == csv.FieldCount).Select(l => l.Line).ToList();
        return whole.Count == 0
            ? null
            : $"lines {LineNumber}–{LineNumber + lines.Length - 1} were read as one record because a quote opened on line {LineNumber} " +
              $"closes on line {LineNumber + lines.Length - 1}; line(s) {string.Join(", ", whole)} look like records of their own " +
              "(unbalanced quote?); none of these lines was loaded";
    }

    /// <summary>NUL characters (a binary or UTF-16 file, or a cut) and U+FFFD (bytes that are not UTF-8, replaced on decoding) make
    /// a record untrustworthy: an e-mail cut at a NUL would load as a different address.</summary>
    private static string? BadCharacters(ReadOnlySpan<char> raw)
    {
        var nul = raw.IndexOf('\0');
        if (nul >= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"holds a NUL character at position {nul + 1} (a binary or UTF-16 file, or a damaged extract)");
        }

        var invalid = raw.IndexOf('\uFFFD');
        return invalid >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"holds bytes that are not valid UTF-8 at position {invalid + 1} (export the file as UTF-8)")
            : null;
    }

    private void TypeFields(ReadOnlySpan<char> raw, long lastLine)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            var column = Columns[i];
            var text = ordinals[i] < 0 ? ReadOnlySpan<char>.Empty : csv.GetFieldSpan(ordinals[i]);
            var parsed = FieldParser.TryParse(text, column.Type, out var value, out var reason);
            if (parsed && value is not null && rules?.Check(value, amount[i]) is { } rule)
            {
                reason = rule;
            }
            else if (parsed && value is null && !column.IsNullable)
            {
                reason = "is empty; the field is required";
            }

            if (reason is null)
            {
                Values[i] = value;
                continue;
            }

            if (essential[i])
            {
                Rejected = new RejectedRow(fileName, LineNumber, column.Name, text.ToString(), reason, raw.ToString()) { LastLineNumber = lastLine };
                return;
            }

            Values[i] = null;
            emptied.Add(new RejectedRow(fileName, LineNumber, column.Name, text.ToString(), reason, null)
            {
                LastLineNumber = lastLine, Action = RejectedRow.FieldEmptiedAction,
            });
        }
    }

    /// <summary>Physical lines in the file (a last line without a line break counts), read again only when a block is reported.</summary>
    private static long PhysicalLineCount(string path)
    {
        long lines = 0;
        var last = -1;
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, n).Count((byte)'\n');
            last = buffer[n - 1];
        }

        return last is '\n' or -1 ? lines : lines + 1;
    }
}
