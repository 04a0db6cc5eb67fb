using System.Globalization;
using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Facts;

/// <summary>dw.FactTarget from Targets.csv: one row per month × team or rep × metric. A rep target is keyed to the rep version
/// valid at the month's start (and that version's team); rows that cannot be loaded are named in the run notes.</summary>
public sealed class TargetFact : ITransform
{
    internal const string RepsSql = "SELECT SalesforceUserId, ValidFromUtc, ValidToUtc, RepKey, Team FROM dw.DimRep WHERE RepKey <> 0 ORDER BY SalesforceUserId, ValidFromUtc";

    internal const string TargetsSql = "SELECT Month, Level, TargetFor, Metric, Target, SourceLine FROM stg.Target ORDER BY SourceLine";

    /// <summary>Metrics whose actuals rpt.TargetAttainment computes; others are loaded and reported without an actual.</summary>
    public static readonly string[] KnownMetrics = ["Leads", "MQLs", "SALs", "SQLs", "Opportunities", "Pipeline", "Bookings"];

    private static readonly string[] Columns = ["MonthStartDateKey", "TargetLevel", "TargetFor", "Metric", "Team", "RepKey", "TargetValue", "BatchId"];

    /// <inheritdoc />
    public string Table => "dw.FactTarget";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var reps = new List<(string Id, DateTime From, DateTime To, int Key, string? Team)>();
        using (var r = context.Loader.Read(RepsSql))
        {
            while (r.Read())
            {
                reps.Add((r.Str(0)!, r.Instant(1)!.Value, r.Instant(2)!.Value, r.Int(3)!.Value, r.Str(4)));
            }
        }

        var rows = new Dictionary<(int, string, string, string), object?[]>();
        var problems = new List<string>();
        using (var r = context.Loader.Read(TargetsSql))
        {
            while (r.Read())
            {
                var month = r.Date(0)!.Value;
                var level = r.Str(1)!.Trim();
                var target = r.Str(2)!.Trim();
                var metric = KnownMetrics.FirstOrDefault(m => m.Equals(r.Str(3)!.Trim(), StringComparison.OrdinalIgnoreCase)) ?? r.Str(3)!.Trim();
                var line = r.Int(5);
                level = level.Equals("team", StringComparison.OrdinalIgnoreCase) ? "Team" : level.Equals("rep", StringComparison.OrdinalIgnoreCase) ? "Rep" : level;
                if (level is not ("Team" or "Rep") || r.Dec(4) is not { } value)
                {
                    var reason = level is not ("Team" or "Rep") ? $"Level '{level}' is not Team or Rep" : "Target is empty";
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"Targets.csv line {line}: {reason}; the row is not loaded."));
                    continue;
                }

                var monthStart = new DateOnly(month.Year, month.Month, 1);
                var at = monthStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                var (repKey, team) = (0, (string?)target);
                if (level == "Rep")
                {
                    var versions = reps.Where(v => v.Id == target).ToList();
                    var version = versions.FirstOrDefault(v => at >= v.From && at < v.To);
                    version = version.Id is null ? versions.LastOrDefault() : version;
                    (repKey, team) = (version.Key, version.Team);
                    if (version.Id is null)
                    {
                        problems.Add(string.Create(CultureInfo.InvariantCulture, $"Targets.csv line {line}: rep '{target}' is not a user in User.csv; loaded with the Unknown rep."));
                    }
                }

                rows[(DateKey.From(monthStart), level, target, metric)] = [DateKey.From(monthStart), level, target, metric, team, repKey, value, context.BatchId];
            }
        }

        context.Notes.AddRange(problems.Take(10));
        if (problems.Count > 10)
        {
            context.Notes.Add($"Targets.csv: {problems.Count - 10} more row problem(s) of the same kinds.");
        }

        return [TableLoad.Upsert(context.Loader, Table, Columns, rows.Values, UpsertOptions.Replace)];
    }
}
