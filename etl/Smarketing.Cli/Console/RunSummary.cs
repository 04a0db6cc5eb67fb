using System.Globalization;
using Smarketing.Etl.Pipeline;
using Spectre.Console;

namespace Smarketing.Cli.Console;

/// <summary>The one-screen summary printed at the end of a run.</summary>
internal static class RunSummary
{
    public static void Print(RunResult result, string target)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Batch {result.BatchId} · {result.Status} · as of {result.AsOfUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC")
            .AddColumn("Entity").AddColumn(new TableColumn("Read").RightAligned()).AddColumn(new TableColumn("Inserted").RightAligned())
            .AddColumn(new TableColumn("Updated").RightAligned()).AddColumn(new TableColumn("Rejected").RightAligned());
        foreach (var c in result.Counts)
        {
            table.AddRow(Markup.Escape(c.EntityName), N(c.RowsRead), N(c.RowsInserted), N(c.RowsUpdated),
                c.RowsRejected > 0 ? $"[yellow]{N(c.RowsRejected)}[/]" : N(c.RowsRejected));
        }

        AnsiConsole.Write(table);
        foreach (var (phase, elapsed) in result.PhaseTimes)
        {
            AnsiConsole.MarkupLine($"  {phase,-10} {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        }

        if (result.LeadScope is not null)
        {
            AnsiConsole.MarkupLine($"  lead facts rebuilt for {Markup.Escape(result.LeadScope)}");
            AnsiConsole.MarkupLine($"  attribution rebuilt for {Markup.Escape(result.OpportunityScope ?? "—")}");
        }

        foreach (var note in result.Notes)
        {
            AnsiConsole.MarkupLine($"  [grey]note:[/] {Markup.Escape(note)}");
        }

        var rows = result.Rejects.Where(r => r.Action != Smarketing.Etl.Loading.RejectedRow.FieldEmptiedAction).ToList();
        var emptied = result.Rejects.Count - rows.Count;
        if (rows.Count > 0)
        {
            AnsiConsole.MarkupLine($"  [yellow]{rows.Count} rejected row(s) or block(s)[/] kept in etl.RejectedRow (batch {result.BatchId}); first: {Markup.Escape(rows[0].ToString())}");
        }

        if (emptied > 0)
        {
            AnsiConsole.MarkupLine($"  [yellow]{emptied} bad non-essential field(s)[/] loaded empty, rows kept (etl.RejectedRow, Action = FieldEmptied)");
        }

        if (result.Message is not null)
        {
            AnsiConsole.MarkupLine($"  [red]{Markup.Escape(result.Message)}[/]");
        }

        AnsiConsole.MarkupLine($"  warehouse: {Markup.Escape(target)} · exit code {result.ExitCode}");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
