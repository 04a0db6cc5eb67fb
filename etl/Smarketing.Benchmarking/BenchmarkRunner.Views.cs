using System.Data.Common;
using System.Diagnostics;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Schema.Catalog;

namespace Smarketing.Benchmarking;

public sealed partial class BenchmarkRunner
{
    /// <summary>Reads every rpt view completely, as a report client would, <see cref="BenchmarkOptions.ViewRuns"/> times each.</summary>
    private List<ViewTiming> QueryViews(string warehouse, SchemaCatalog catalog)
    {
        var timings = new List<ViewTiming>();
        using var loader = DuckDbLoader.Open(warehouse, catalog);
        foreach (var view in catalog.Views.Where(v => v.Schema == "rpt").OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            var runs = new List<double>();
            long rows = 0;
            for (var run = 0; run < options.ViewRuns; run++)
            {
                var watch = Stopwatch.StartNew();
                rows = ReadAll(loader.Connection, $"SELECT * FROM {view.FullName}");
                runs.Add(Math.Round(watch.Elapsed.TotalMilliseconds, 1));
            }

            var sorted = runs.Order().ToList();
            timings.Add(new ViewTiming(view.FullName, rows, sorted[sorted.Count / 2], runs));
        }

        return timings;
    }

    private static long ReadAll(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new object[reader.FieldCount];
        long rows = 0;
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }
}
