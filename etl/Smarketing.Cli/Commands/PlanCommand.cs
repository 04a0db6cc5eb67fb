using System.CommandLine;
using System.Data;
using System.Globalization;
using System.Text.RegularExpressions;
using Serilog;
using Smarketing.Cli.Console;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Pipeline;
using Smarketing.Reporting;

namespace Smarketing.Cli.Commands;

/// <summary><c>smarketing plan</c>: the reverse waterfall of <c>rpt.DemandPlan</c> for one quarter — per target month, team and
/// stage the volume required (with its P10–P90 band), actual, in flight and the gap — followed by the quarter's total per team and
/// stage. The totals add the months' P10 and P90 too: every month uses the same rates, so their uncertainty moves together and
/// the sum of the months' percentiles is the percentile of the sum.</summary>
internal static partial class PlanCommand
{
    public static Command Create()
    {
        var target = new WarehouseReadOptions();
        var quarter = new Option<string?>("--quarter")
        {
            Description = "The quarter to plan, e.g. 2026Q1 (default: the quarter after the last batch's as-of date).",
        };
        var lookback = new Option<int>("--lookback")
        {
            Description = "Months of history the conversion rates, lags and deal size come from: 6, 12 or 24.",
            DefaultValueFactory = _ => 12,
        };
        lookback.AcceptOnlyFromAmong("6", "12", "24");
        var format = new Option<string>("--format")
        {
            Description = "table (default) or csv, to standard output.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "csv");
        var command = new Command("plan", "Print the reverse waterfall: the funnel volume a quarter's bookings targets need.")
        {
            quarter, lookback, format,
        };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var log = CliLogging.Configure(parse.GetValue(CommonOptions.LogDirectory)!, parse.GetValue(CommonOptions.Verbose),
                false);
            var text = parse.GetValue(quarter);
            int? year = null, number = null;
            if (text is not null)
            {
                var match = QuarterPattern().Match(text);
                if (!match.Success)
                {
                    log.Error("--quarter '{Quarter}' is not a quarter such as 2026Q1.", text);
                    return ExitCodes.InvalidArguments;
                }

                year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            }

            var months = parse.GetValue(lookback);
            return target.Read(parse, log, loader => Run(loader, year, number, months, parse.GetValue(format)!, log));
        });
        return command;
    }

    private static int Run(IWarehouseLoader loader, int? year, int? quarter, int lookback, string format, ILogger log)
    {
        if (year is null || quarter is null)
        {
            if (DemandPlanQuery.LatestAsOf(loader) is not { } asOf)
            {
                log.Error("The warehouse has no successful batch yet: run a batch first, or name the quarter with --quarter.");
                return ExitCodes.Failure;
            }

            // As of 2025-07-01 00:00 means "at the end of 30 June": the data's last quarter is Q2, the next one Q3.
            var next = asOf.AddTicks(-1).AddMonths(3);
            (year, quarter) = (next.Year, ((next.Month - 1) / 3) + 1);
        }

        var name = $"{year}Q{quarter}";
        var first = (year.Value * 100) + ((quarter.Value - 1) * 3) + 1;
        using var table = DemandPlanQuery.Read(loader, lookback, first, first + 2, name);
        if (table.Rows.Count == 0)
        {
            log.Error("No team bookings targets for {Quarter} (Targets.csv, Metric Bookings, Level Team): nothing to plan.",
                name);
            return ExitCodes.Failure;
        }

        AddQuarterTotals(table, name);
        using var rows = table.CreateDataReader();
        QueryResultFormats.Write(rows, format, int.MaxValue, System.Console.Out);
        return ExitCodes.Success;
    }

    /// <summary>One row per team and stage with the quarter's sums (no plan month, rate or lag: they differ per month).</summary>
    private static void AddQuarterTotals(DataTable table, string quarter)
    {
        string[] summed = ["Required", "P10", "P90", "Actual", "InFlight", "Gap"];
        var groups = table.Rows.Cast<DataRow>().GroupBy(r => (Team: r["Team"].ToString(), Stage: r["Stage"].ToString())).ToList();
        foreach (var group in groups)
        {
            var total = table.NewRow();
            total["TargetMonth"] = quarter;
            total["Team"] = group.Key.Team;
            total["Stage"] = group.Key.Stage;
            foreach (var column in summed)
            {
                total[column] = group.Sum(r =>
                    r.IsNull(column) ? 0m : Convert.ToDecimal(r[column], CultureInfo.InvariantCulture));
            }

            table.Rows.Add(total);
        }
    }

    [GeneratedRegex(@"^(\d{4})Q([1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterPattern();
}
