using Dapper;
using DuckDB.NET.Data;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Cli;

/// <summary>Bad rows are kept with their reason; past the threshold the batch commits nothing and exits 4.</summary>
[NonParallelizable]
public class RejectedRowTests
{
    private string folder = null!;
    private string exports = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        (folder, exports) = CliProcess.Generated(120, 11);
    }

    private (string Path, int Modified) CopyWithBadTaskDates(int badRows)
    {
        var copy = Path.Combine(folder, $"bad{badRows}");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(exports))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var text = File.ReadAllText(Path.Combine(copy, "Task.csv"));
        var lines = text.Split('\n').ToList();
        // Task rows are single-line; replace the CreatedDate (10th field) of the first rows with a day-first date.
        var modified = 0;
        for (var i = 1; i <= badRows && i < lines.Count - 1; i++)
        {
            modified++;
            var fields = lines[i].Split(',');
            fields[9] = "31/02/2024";
            lines[i] = string.Join(',', fields);
        }

        File.WriteAllText(Path.Combine(copy, "Task.csv"), string.Join('\n', lines));
        return (copy, modified);
    }

    private static void AppendLead(string path, Dictionary<string, string> values)
    {
        var header = File.ReadLines(path).First().Split(',');
        File.AppendAllText(path, string.Join(',', header.Select(h => values.GetValueOrDefault(h, ""))) + "\r\n");
    }

    [Test]
    public void A_bad_row_is_kept_in_RejectedRow_with_file_line_field_value_and_the_batch_still_loads()
    {
        var (source, _) = CopyWithBadTaskDates(1);
        var database = Path.Combine(folder, "one-bad.duckdb");
        var run = CliProcess.Run("run", "--source", source, "--database", database, "--log-dir", Path.Combine(folder, "logs"));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        using var db = new DuckDBConnection($"Data Source={database}");
        db.Open();
        var reject = db.QuerySingle<(string File, int Line, string Field, string Value, string Reason)>(
            "SELECT SourceFile, LineNumber, FieldName, FieldValue, Reason FROM etl.RejectedRow");
        Assert.That(reject, Is.EqualTo(("Task.csv", 2, "CreatedDate", "31/02/2024", "is not a date-time (expected ISO-8601 such as 2024-03-01T14:22:05Z)")));
        Assert.That(db.ExecuteScalar<long>("SELECT RowsRejected FROM etl.BatchEntityCount WHERE EntityName = 'Task'"), Is.EqualTo(1));
        Assert.That(run.Output, Does.Contain("Task.csv line 2, column CreatedDate: '31/02/2024'"));
    }

    [Test]
    public void Too_many_bad_rows_fail_the_batch_with_exit_4_and_leave_the_warehouse_unchanged()
    {
        var database = Path.Combine(folder, "threshold.duckdb");
        var good = CliProcess.Run("run", "--source", exports, "--database", database, "--log-dir", Path.Combine(folder, "logs"));
        Assert.That(good.ExitCode, Is.EqualTo(0), good.Output);
        long Count(string sql)
        {
            using var db = new DuckDBConnection($"Data Source={database}");
            db.Open();
            return db.ExecuteScalar<long>(sql);
        }

        var tasksBefore = Count("SELECT count(*) FROM stg.SalesforceTask");
        var (source, modified) = CopyWithBadTaskDates(40);
        Assert.That(modified, Is.GreaterThan(5));
        AppendLead(Path.Combine(source, "Lead.csv"), new Dictionary<string, string>
        {
            ["Id"] = "00Q9999999999999ZZ", ["Company"] = "NewCo", ["Status"] = "Open - Inquiry", ["IsConverted"] = "false", ["IsDeleted"] = "false",
            ["CreatedDate"] = "2025-06-01T00:00:00Z", ["LastModifiedDate"] = "2025-06-01T00:00:00Z", ["SystemModstamp"] = "2025-06-01T00:00:00Z",
        });
        var bad = CliProcess.Run("run", "--source", source, "--database", database, "--log-dir", Path.Combine(folder, "logs"));
        Assert.That(bad.ExitCode, Is.EqualTo(4), bad.Output);
        Assert.That(bad.Output, Does.Contain("Data-quality threshold exceeded"));
        Assert.That(Count("SELECT count(*) FROM stg.SalesforceTask"), Is.EqualTo(tasksBefore));
        Assert.That(Count("SELECT count(*) FROM stg.SalesforceLead WHERE Id = '00Q9999999999999ZZ'"), Is.Zero, "valid rows of a rejected batch are not committed either");
        Assert.That(Count("SELECT count(*) FROM etl.RejectedRow"), Is.EqualTo(modified), "rejects are kept for inspection");
        Assert.That(Count("SELECT count(*) FROM etl.BatchRun WHERE Status = 'Rejected' AND ExitCode = 4"), Is.EqualTo(1));
    }
}
