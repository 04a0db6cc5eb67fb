using System.CommandLine;
using System.Globalization;
using Smarketing.Cli.Console;
using Spectre.Console;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing query</c>: run one SQL query against the embedded warehouse and print the result as a table.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var sql = new Argument<string>("sql") { Description = "The query, e.g. \"SELECT * FROM rpt.SlaCompliance LIMIT 10\"." };
        var database = CommonOptions.Database();
        var dacpac = CommonOptions.Dacpac();
        var limit = new Option<int>("--max-rows") { Description = "Rows to print at most (table format).", DefaultValueFactory = _ => 200 };
        var format = new Option<string>("--format") { Description = "table (default) or csv (all rows, to standard output).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var command = new Command("query", "Run a SQL query against the embedded warehouse and print the rows.") { sql, database, dacpac, limit, format };
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose), false);
            return Warehouse.WithDuckDb(parse.GetValue(database)!, parse.GetValue(dacpac), log, loader =>
            {
                using var reader = loader.Read(parse.GetValue(sql)!);
                if (parse.GetValue(format) == "csv")
                {
                    using var csv = Sylvan.Data.Csv.CsvDataWriter.Create(System.Console.Out);
                    csv.Write(reader);
                    return 0;
                }

                var table = new Table().Border(TableBorder.Rounded);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    table.AddColumn(Markup.Escape(reader.GetName(i)));
                }

                var rows = 0;
                while (reader.Read() && rows++ < parse.GetValue(limit))
                {
                    table.AddRow(Enumerable.Range(0, reader.FieldCount)
                        .Select(i => Markup.Escape(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "")).ToArray());
                }

                AnsiConsole.Write(table);
                return 0;
            });
        });
        return command;
    }
}
