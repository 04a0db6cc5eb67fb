using System.Buffers;
using System.Text;

namespace Smarketing.Generation;

/// <summary>
/// Writes one export file row by row: UTF-8 without BOM, RFC 4180 (CRLF between records; a field containing a comma,
/// quote, CR or LF is quoted and its quotes doubled), empty field for null. Nothing is buffered beyond the stream buffer.
/// </summary>
internal sealed partial class CsvExportWriter : IDisposable
{
    private static readonly SearchValues<char> NeedsQuoting = SearchValues.Create(",\"\r\n");
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly FileStream _stream;
    private readonly StreamWriter _writer;
    private bool _rowStarted;
    private bool _disposed;
    private long _bytes;

    public CsvExportWriter(string path, IReadOnlyList<string> columns)
    {
        FileName = Path.GetFileName(path);
        ColumnCount = columns.Count;
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
        _writer = new StreamWriter(_stream, Utf8NoBom, bufferSize: 1 << 16);
        foreach (var column in columns)
        {
            Write(column);
        }

        EndRow();
        Rows = 0;
    }

    public string FileName { get; }

    public int ColumnCount { get; }

    /// <summary>Data rows written so far (header excluded).</summary>
    public long Rows { get; private set; }

    /// <summary>Size of the file; final once the writer is disposed.</summary>
    public long Bytes => _disposed ? _bytes : _stream.Length;

    public void Write(string? value) => Write(value.AsSpan());

    public void Write(ReadOnlySpan<char> value)
    {
        Separate();
        if (value.IndexOfAny(NeedsQuoting) < 0)
        {
            _writer.Write(value);
            return;
        }

        WriteQuoted(value);
    }

    /// <summary>Writes the builder's text as one field (used for Marketo's JSON <c>attributes</c>).</summary>
    public void Write(StringBuilder value)
    {
        Separate();
        _writer.Write('"');
        foreach (var chunk in value.GetChunks())
        {
            WriteEscaped(chunk.Span);
        }

        _writer.Write('"');
    }

    /// <summary>An empty (null) field.</summary>
    public void WriteNull() => Separate();

    public void EndRow()
    {
        _writer.Write("\r\n");
        _rowStarted = false;
        Rows++;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.Flush();
        _bytes = _stream.Length;
        _writer.Dispose();
    }

    private void Separate()
    {
        if (_rowStarted)
        {
            _writer.Write(',');
        }

        _rowStarted = true;
    }

    private void WriteQuoted(ReadOnlySpan<char> value)
    {
        _writer.Write('"');
        WriteEscaped(value);
        _writer.Write('"');
    }

    private void WriteEscaped(ReadOnlySpan<char> value)
    {
        while (true)
        {
            var quote = value.IndexOf('"');
            if (quote < 0)
            {
                _writer.Write(value);
                return;
            }

            _writer.Write(value[..(quote + 1)]);
            _writer.Write('"');
            value = value[(quote + 1)..];
        }
    }
}
