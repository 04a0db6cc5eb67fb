using System.Text;
using Smarketing.Etl.Loading;
using Smarketing.Schema.Catalog;
using Sylvan.Data.Csv;

namespace Smarketing.Etl.Sources;

/// <summary>Streams one export file into values typed for its staging table. Header names match staging columns
/// case-insensitively; a record that cannot be typed becomes a <see cref="RejectedRow"/> naming file, line, field and value. Every
/// physical line ends up loaded, rejected, blank, or inside a reported block: a malformed file is data, never a crash.</summary>
public sealed partial class CsvSourceReader : IDisposable
{
    private readonly CsvDataReader csv;
    private readonly string path;
    private readonly string fileName;
    private readonly int[] ordinals;
    private readonly SourceContract? contract;
    private readonly ValueRules? rules;
    private readonly bool[] essential;
    private readonly bool[] amount;
    private readonly List<RejectedRow> emptied = [];
    private long nextLine;
    private bool broken;

    private CsvSourceReader(CsvDataReader csv, string path, TableDefinition table, SourceContract? contract, ValueRules? rules)
    {
        this.csv = csv;
        this.path = path;
        fileName = Path.GetFileName(path);
        this.contract = contract;
        this.rules = rules;
        var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToList();
        CheckHeader(headers);
        Columns = table.Columns.Where(c => !LineageColumns.IsLineage(c.Name) && !(contract?.Derived.Contains(c.Name) ?? false)).ToList();
        ordinals = Columns.Select(c => headers.FindIndex(h => h.Trim().Equals(c.Name, StringComparison.OrdinalIgnoreCase))).ToArray();
        var missing = table.PrimaryKey.Concat(contract?.RequiredColumns ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(k => !headers.Any(h => h.Trim().Equals(k, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (missing.Count > 0)
        {
            throw new SourceFileException(
                $"{fileName} line 1: required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} " +
                $"{(missing.Count > 1 ? "are" : "is")} missing; the header has: {string.Join(", ", headers)}");
        }

        // Without a contract every field is essential (the strict behaviour of a reader used on its own).
        essential = Columns.Select(c => contract is null || !c.IsNullable || contract.IsEssential(c.Name)
                                        || table.PrimaryKey.Contains(c.Name, StringComparer.OrdinalIgnoreCase)).ToArray();
        amount = Columns.Select(c => contract?.Amounts.Contains(c.Name, StringComparer.OrdinalIgnoreCase) == true).ToArray();
        MissingColumns = Columns.Where((_, i) => ordinals[i] < 0).Select(c => c.Name).ToList();
        IgnoredHeaders = headers.Where(h => table.FindColumn(h.Trim()) is null).ToList();
        Values = new object?[Columns.Count];
        nextLine = 2;
    }

    /// <summary>Staging columns filled from the file (lineage columns excluded), in table order.</summary>
    public IReadOnlyList<ColumnDefinition> Columns { get; }

    /// <summary>Staging columns the file does not carry (loaded as NULL).</summary>
    public IReadOnlyList<string> MissingColumns { get; }

    /// <summary>Header names with no staging column (e.g. unmapped custom fields); ignored.</summary>
    public IReadOnlyList<string> IgnoredHeaders { get; }

    /// <summary>The current record's values, one per <see cref="Columns"/> entry (reused between records).</summary>
    public object?[] Values { get; }

    /// <summary>Physical line where the current record starts (the header is line 1).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Set when the current record could not be typed; <see cref="Values"/> is then meaningless.</summary>
    public RejectedRow? Rejected { get; private set; }

    /// <summary>Non-essential fields of the current record that were bad and are loaded empty (the row is kept).</summary>
    public IReadOnlyList<RejectedRow> EmptiedFields => emptied;

    /// <summary>Opens <paramref name="path"/> (UTF-8, BOM optional) for the staging table <paramref name="table"/>; with a
    /// <paramref name="contract"/> its required columns are checked and only its essential fields reject a row, with
    /// <paramref name="rules"/> the values are checked for plausibility. A file without a usable header throws
    /// <see cref="SourceFileException"/> (exit 7).</summary>
    public static CsvSourceReader Open(string path, TableDefinition table, SourceContract? contract = null, ValueRules? rules = null)
    {
        var name = Path.GetFileName(path);
        if (new FileInfo(path).Length == 0)
        {
            throw new SourceFileException($"{name} is empty (0 bytes): an export always has a header line; was the extract cut off?");
        }

        var text = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        try
        {
            var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', Quote = '"', BufferSize = 1 << 16, MaxBufferSize = 1 << 24, OwnsReader = true };
            return new CsvSourceReader(CsvDataReader.Create(text, options), path, table, contract, rules);
        }
        catch (Exception e) when (e is FormatException or CsvMissingHeadersException)
        {
            text.Dispose();
            throw new SourceFileException($"{name} line 1: the header cannot be read ({e.Message})", e);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    /// <summary>Advances to the next record; false at the end of the file. Blank lines are skipped.</summary>
    public bool Read()
    {
        while (!broken && NextRecord())
        {
            if (broken)
            {
                return true; // the block NextRecord reported
            }

            // The raw record includes its line terminator; count only the newlines inside it (quoted multi-line fields).
            var raw = csv.GetRawRecordSpan().TrimEnd("\r\n");
            LineNumber = nextLine;
            var lastLine = nextLine + raw.Count('\n');
            nextLine = lastLine + 1;
            if (csv.RowFieldCount <= 1 && raw.Trim().IsEmpty)
            {
                continue;
            }

            Rejected = null;
            emptied.Clear();
            if (csv.RowFieldCount != csv.FieldCount)
            {
                Rejected = FieldCountReject(raw, lastLine);
                return true;
            }

            if (lastLine > LineNumber && SwallowedRows(raw) is { } swallowed)
            {
                Rejected = new RejectedRow(fileName, LineNumber, null, null, swallowed, raw.ToString())
                { LastLineNumber = lastLine, Action = RejectedRow.BlockRejectedAction };
                return true;
            }

            if (BadCharacters(raw) is { } characters)
            {
                Rejected = new RejectedRow(fileName, LineNumber, null, null, characters, raw.ToString()) { LastLineNumber = lastLine };
                return true;
            }

            TypeFields(raw, lastLine);
            return true;
        }

        return false;
    }

    private bool NextRecord()
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            // The parser cannot find the next record boundary (e.g. a quote never closed): everything from here to the end of the
            // file is one reported block, so no line is lost without a trace.
            broken = true;
            var last = PhysicalLineCount(path);
            LineNumber = nextLine;
            Rejected = new RejectedRow(fileName, nextLine, null, null,
                $"lines {nextLine}–{last} cannot be split into records ({e.Message.TrimEnd('.')}): a quote opened here is never closed " +
                "or a quoted field is malformed; none of these lines was loaded", null)
            { LastLineNumber = last, Action = RejectedRow.BlockRejectedAction };
            emptied.Clear();
            return true;
        }
    }

    /// <inheritdoc />
    public void Dispose() => csv.Dispose();
}
