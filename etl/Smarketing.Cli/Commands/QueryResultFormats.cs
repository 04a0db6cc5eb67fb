using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Sylvan.Data.Csv;

namespace Smarketing.Cli.Commands;

/// <summary>Writes a query's rows as a terminal table, CSV, JSON or Markdown. Values are written with the invariant culture
/// (1234.5, 2024-03-01T09:00:00) so that output is the same on every machine and can be read back by scripts.</summary>
internal static class QueryResultFormats
{
    /// <summary>Writes every row of <paramref name="reader"/> in <paramref name="format"/>; table and markdown stop after
    /// <paramref name="maxRows"/> rows and say how many more there were.</summary>
    public static void Write(DbDataReader reader, string format, int maxRows, TextWriter output)
    {
        WidenWhenRedirected();
        if (reader.FieldCount == 0)
        {
            output.WriteLine("(the statement returns no rows; query never changes the warehouse, " +
                             "so any change it made was rolled back)");
            return;
        }

        switch (format)
        {
            case "csv":
                using (var csv = CsvDataWriter.Create(output, new CsvDataWriterOptions
                       {
                           DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", Culture = CultureInfo.InvariantCulture,
                       }))
                {
                    csv.Write(reader);
                }

                break;
            case "json":
                Json(reader, output);
                break;
            case "markdown":
                Markdown(reader, maxRows, output);
                break;
            default:
                Table(reader, maxRows);
                break;
        }
    }

    /// <summary>Output that goes to a file or a pipe is not wrapped at the 80 columns Spectre assumes for it: no terminal wraps
    /// it.</summary>
    public static void WidenWhenRedirected()
    {
        if (System.Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 240;
        }
    }

    /// <summary>A cell as text: invariant numbers and ISO-8601 instants, empty for NULL.</summary>
    public static string Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
    {
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString() ?? "",
    };

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(decimal)
        || type == typeof(double) || type == typeof(float) || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint)
        || type == typeof(ulong) || type == typeof(System.Numerics.BigInteger) || type == typeof(Int128) || type == typeof(UInt128);

    private static void Json(DbDataReader reader, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            while (reader.Read())
            {
                json.WriteStartObject();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    json.WritePropertyName(reader.GetName(i));
                    if (reader.IsDBNull(i))
                    {
                        json.WriteNullValue();
                    }
                    else if (reader.GetValue(i) is bool b)
                    {
                        json.WriteBooleanValue(b);
                    }
                    else if (IsNumber(reader.GetFieldType(i)))
                    {
                        json.WriteRawValue(Text(reader, i));
                    }
                    else
                    {
                        json.WriteStringValue(Text(reader, i));
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Markdown(DbDataReader reader, int maxRows, TextWriter output)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).ToList();
        output.WriteLine("| " + string.Join(" | ", columns.Select(i => Cell(reader.GetName(i)))) + " |");
        output.WriteLine("| " + string.Join(" | ", columns.Select(i => IsNumber(reader.GetFieldType(i)) ? "---:" : "---")) + " |");
        var (shown, more) = (0, 0);
        while (reader.Read())
        {
            if (shown++ >= maxRows)
            {
                more++;
                continue;
            }

            output.WriteLine("| " + string.Join(" | ", columns.Select(i => Cell(Text(reader, i)))) + " |");
        }

        if (more > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… {more:N0} more row(s) not shown (--max-rows {maxRows})."));
        }

        static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
    }

    /// <summary>A bordered table; when the rows would be wider than the terminal, one block per record (column: value) instead,
    /// so a 30-column view stays readable rather than wrapping every cell into a narrow column.</summary>
    private static void Table(DbDataReader reader, int maxRows)
    {
        var columns = Enumerable.Range(0, reader.FieldCount)
            .Select(i => (Name: reader.GetName(i), Number: IsNumber(reader.GetFieldType(i))))
            .ToList();
        var rows = new List<string[]>();
        var more = 0;
        while (reader.Read())
        {
            if (rows.Count >= maxRows)
            {
                more++;
                continue;
            }

            rows.Add(Enumerable.Range(0, columns.Count).Select(i => Text(reader, i)).ToArray());
        }

        var widths = columns.Select((c, i) => Math.Max(c.Name.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToList();
        if (widths.Sum() + (3 * columns.Count) + 1 <= AnsiConsole.Profile.Width || columns.Count <= 1)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var c in columns)
            {
                table.AddColumn(new TableColumn(Markup.Escape(c.Name)) { Alignment = c.Number ? Justify.Right : Justify.Left });
            }

            foreach (var r in rows)
            {
                table.AddRow(r.Select(Markup.Escape).ToArray());
            }

            AnsiConsole.Write(table);
        }
        else
        {
            var nameWidth = columns.Max(c => c.Name.Length);
            for (var n = 0; n < rows.Count; n++)
            {
                AnsiConsole.Write(new Rule($"[bold]record {n + 1}[/]") { Justification = Justify.Left });
                for (var i = 0; i < columns.Count; i++)
                {
                    AnsiConsole.MarkupLine($"{Markup.Escape(columns[i].Name.PadRight(nameWidth))} │ {Markup.Escape(rows[n][i])}");
                }
            }
        }

        var left = more > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {more:N0} more not shown, see --max-rows") : "";
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"({rows.Count:N0} row(s){left})")));
    }
}
