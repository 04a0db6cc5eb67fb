using System.Globalization;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Cli.InputContract;

/// <summary>Issue 12: a broken export never succeeds silently and never changes what is loaded. Each damage of
/// <see cref="CorruptionCases"/> is applied to a copy of one small generated export and loaded by the real CLI entry point into a
/// fresh warehouse and into a copy of one loaded with the valid export.</summary>
[NonParallelizable]
public class InputContractTests
{
    private string folder = null!;
    private string exports = null!;
    private string empty = null!;
    private string loaded = null!;
    private Dictionary<string, string> loadedFingerprint = null!;
    private long loadedDates;

    [OneTimeSetUp]
    public void LoadTheValidExportOnce()
    {
        (folder, exports) = CliProcess.Generated(150, 12);
        empty = Path.Combine(folder, "empty.duckdb");
        Assert.That(CliInProcess.Run("deploy", "--database", empty, "--log-dir", Logs), Is.EqualTo(0));
        loaded = Path.Combine(folder, "loaded.duckdb");
        File.Copy(empty, loaded);
        Assert.That(CliInProcess.Run("run", "--source", exports, "--database", loaded, "--log-dir", Logs), Is.EqualTo(0));
        loadedFingerprint = WarehouseState.Fingerprint(loaded);
        loadedDates = WarehouseState.Count(loaded, "SELECT count(*) FROM dw.DimDate");
    }

    [OneTimeTearDown]
    public void RemoveTheFolder() => Directory.Delete(folder, recursive: true);

    private string Logs => Path.Combine(folder, "logs");

    private static IEnumerable<TestCaseData> Cases() => CorruptionCases.Alone().Select(c => new TestCaseData(c).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(Cases))]
    public void A_damaged_export_gives_its_exit_code_and_rejects_and_a_refused_batch_changes_nothing(CorruptionCase damage)
    {
        var landing = CopyOfTheExport();
        damage.Corrupt(landing);
        Assert.Multiple(() =>
        {
            Check(damage, landing, fresh: true);
            Check(damage, landing, fresh: false);
        });
        Directory.Delete(Path.GetDirectoryName(landing)!, recursive: true);
    }

    [Test]
    public void Row_damages_together_are_each_rejected_or_emptied_and_every_line_is_accounted_for()
    {
        var landing = CopyOfTheExport();
        var damages = CorruptionCases.Together().ToList();
        damages.ForEach(d => d.Corrupt(landing));
        var together = new CorruptionCase(string.Join("; ", damages.Select(d => d.Name)), _ => { }, 0, 0,
            [.. damages.SelectMany(d => d.Rejects).OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ThenBy(r => r.Field, StringComparer.Ordinal)])
        {
            // 13 of Lead.csv's 160 records are rejected (blocks count per line: 4 + 3, and 6 rows): 8.1 %, above the default 5 %.
            Arguments = ["--max-reject-percent", "10"],
            Accounted = ("lead.csv", "stg.SalesforceLead"),
        };
        Assert.Multiple(() =>
        {
            foreach (var fresh in new[] { true, false })
            {
                var notes = Check(together, landing, fresh);
                foreach (var note in damages.Select(d => d.Note).OfType<string>())
                {
                    Assert.That(notes, Does.Contain(note), $"{(fresh ? "fresh" : "loaded")}: etl.BatchRun.Notes");
                }
            }

            var loadedRejects = WarehouseState.Rejects(Path.Combine(Path.GetDirectoryName(landing)!, "loaded.duckdb"), 2);
            var big = loadedRejects.Single(r => r.FieldName == "Status");
            var line26 = ExportCorruption.Lines(landing, "lead.csv")[25].TrimEnd('\r');
            Assert.That(line26, Has.Length.GreaterThan(1_000_000));
            Assert.That((big.RawText!.Length, big.RawTextLength), Is.EqualTo((4000, line26.Length)), "1 MB record: RawText capped, length kept");
        });
        Directory.Delete(Path.GetDirectoryName(landing)!, recursive: true);
    }

    [Test]
    public void No_console_or_log_line_holds_an_e_mail_address_even_for_rejects_that_carry_one()
    {
        var landing = CopyOfTheExport();
        ExportCorruption.SetField(landing, "Lead.csv", 5, "CreatedDate", "someone.else@acme.example"); // an e-mail in a date column
        ExportCorruption.SetField(landing, "Lead.csv", 6, "LastName", new string('n', 150) + "@acme.example"); // too long for LastName
        ExportCorruption.SetField(landing, "Lead.csv", 37, "Title", "\"Business Analyst"); // swallows the e-mails of lines 38–40
        ExportCorruption.SetField(landing, "Lead.csv", 40, "Title", "Manager\"");
        var logs = Path.Combine(Path.GetDirectoryName(landing)!, "logs");
        var (exit, output) = CliProcess.Run("run", "--source", landing, "--database", Path.Combine(Path.GetDirectoryName(landing)!, "w.duckdb"),
            "--log-dir", logs);
        var logged = output + string.Concat(Directory.GetFiles(logs).Select(File.ReadAllText));
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0), output);
            Assert.That(logged, Does.Contain("Lead.csv line 5, column CreatedDate: '***@acme.example' is not a date-time"));
            Assert.That(logged, Does.Contain("Lead.csv lines 37–40"));
            Assert.That(System.Text.RegularExpressions.Regex.Matches(logged, @"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}").Select(m => m.Value),
                Is.Empty, "e-mail addresses in the console output or the JSON log");
        });
        Directory.Delete(Path.GetDirectoryName(landing)!, recursive: true);
    }

    [Test]
    public void Merge_Leads_attribute_values_are_masked_in_rpt_and_kept_in_dw()
    {
        const string merges = "FROM {0} AS a INNER JOIN dw.DimActivityType AS t ON t.ActivityTypeKey = a.ActivityTypeKey " +
                              "WHERE t.MarketoActivityTypeId = 32 AND a.PrimaryAttributeValue IS NOT NULL";
        Assert.Multiple(() =>
        {
            // The generated export merges 5 Marketo leads (etl.MarketoLeadMerge), each Merge Leads activity naming the merged person.
            Assert.That(WarehouseState.Count(loaded, "SELECT count(*) " + string.Format(CultureInfo.InvariantCulture, merges, "dw.FactMarketingActivity")),
                Is.GreaterThan(0));
            Assert.That(WarehouseState.Count(loaded, "SELECT count(*) " + string.Format(CultureInfo.InvariantCulture, merges, "rpt.MarketingActivity")),
                Is.Zero);
            Assert.That(WarehouseState.Count(loaded, "SELECT count(*) FROM rpt.MarketingActivity WHERE PrimaryAttributeValue IS NOT NULL"),
                Is.GreaterThan(0), "other activities keep their value (e.g. the page or e-mail name)");
        });
    }

    /// <summary>A copy of the valid export in <c>case-…/landing</c>; the case's databases go beside it.</summary>
    private string CopyOfTheExport()
    {
        var landing = Path.Combine(folder, "case-" + Guid.NewGuid().ToString("N")[..8], "landing");
        Directory.CreateDirectory(landing);
        foreach (var file in Directory.GetFiles(exports))
        {
            File.Copy(file, Path.Combine(landing, Path.GetFileName(file)));
        }

        return landing;
    }

    private string? Check(CorruptionCase damage, string landing, bool fresh)
    {
        var which = fresh ? "fresh" : "loaded";
        var database = Path.Combine(Path.GetDirectoryName(landing)!, which + ".duckdb");
        File.Copy(fresh ? empty : loaded, database);
        var exit = CliInProcess.Run(["run", "--source", landing, "--database", database, "--log-dir", Logs, .. damage.Arguments]);
        var expectedExit = fresh ? damage.FreshExit : damage.LoadedExit;
        var batch = WarehouseState.LastBatch(database);
        Assert.That(exit, Is.EqualTo(expectedExit), $"{which}: exit code; message: {batch.Message}");
        Assert.That(batch.ExitCode, Is.EqualTo(expectedExit), $"{which}: etl.BatchRun.ExitCode");
        if (damage.Refused(expectedExit) && damage.Message is { } message)
        {
            Assert.That(batch.Message, Does.Contain(message), $"{which}: etl.BatchRun.Message");
        }

        if (damage.Note is { } note)
        {
            Assert.That(batch.Notes, Does.Contain(note), $"{which}: etl.BatchRun.Notes");
        }

        var rejects = WarehouseState.Rejects(database, batch.BatchId);
        // lead.csv is reported under its real name; the expectations name the entity's file.
        rejects = [.. rejects.Select(r => r with { SourceFile = r.SourceFile.Replace("lead.csv", "Lead.csv", StringComparison.Ordinal) })
            .OrderBy(r => r.SourceFile, StringComparer.Ordinal).ThenBy(r => r.LineNumber).ThenBy(r => r.FieldName, StringComparer.Ordinal)];
        Assert.That(rejects.Select(r => (r.SourceFile, r.LineNumber, r.LastLineNumber ?? r.LineNumber, r.FieldName, r.Action)),
            Is.EqualTo(damage.Rejects.Select(e => (e.File, e.Line, e.LastLine ?? e.Line, e.Field, (string?)e.Action))), $"{which}: rejected rows");
        for (var i = 0; i < Math.Min(rejects.Count, damage.Rejects.Length); i++)
        {
            Assert.That(rejects[i].Reason, Does.Contain(damage.Rejects[i].Reason), $"{which}: reason of {rejects[i].SourceFile} line {rejects[i].LineNumber}");
            Assert.That(rejects[i].RawText?.Length ?? 0, Is.LessThanOrEqualTo(4000), $"{which}: RawText is capped");
        }

        if (damage.Refused(expectedExit))
        {
            if (fresh)
            {
                Assert.That(WarehouseState.Count(database, "SELECT count(*) FROM stg.SalesforceLead"), Is.Zero, "fresh: nothing staged");
                Assert.That(WarehouseState.Count(database, "SELECT count(*) FROM dw.DimLead WHERE LeadKey <> 0"), Is.Zero, "fresh: nothing loaded");
            }
            else
            {
                Assert.That(WarehouseState.Fingerprint(database), Is.EqualTo(loadedFingerprint), "loaded: tables unchanged");
            }
        }
        else
        {
            // Bad dates are rejected, so the date dimension spans the real data only: the same years as the valid export's.
            Assert.That(WarehouseState.Count(database, "SELECT count(*) FROM dw.DimDate"), Is.EqualTo(loadedDates), $"{which}: dw.DimDate rows");
        }

        if (fresh && !damage.Refused(expectedExit) && damage.Accounted is var (file, table))
        {
            AssertEveryLineIsAccountedFor(database, batch.BatchId, Path.Combine(landing, file), table, rejects);
        }

        return batch.Notes;
    }

    /// <summary>Every physical line of the file is the header, a staged row, an older version of a staged row (the same id; staging
    /// keeps the newest), the continuation of a record whose quoted field spans lines, or inside a rejected row or block.</summary>
    private static void AssertEveryLineIsAccountedFor(string database, int batchId, string path, string table, List<RejectRecord> rejects)
    {
        var lines = File.ReadAllText(path).Split('\n');
        var physical = lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        var accounted = WarehouseState.StagedLines(database, table, batchId);
        var ids = WarehouseState.StagedIds(database, table, batchId);
        accounted.Add(1);
        foreach (var r in rejects.Where(r => r.Action != "FieldEmptied" && r.SourceFile.Equals(Path.GetFileName(path), StringComparison.OrdinalIgnoreCase)))
        {
            for (long line = r.LineNumber; line <= (r.LastLineNumber ?? r.LineNumber); line++)
            {
                accounted.Add(line);
            }
        }

        for (var line = 2; line <= physical; line++)
        {
            var previous = lines[line - 2];
            if (ids.Contains(lines[line - 1].Split(',')[0]) || (accounted.Contains(line - 1) && previous.Count(c => c == '"') % 2 == 1))
            {
                accounted.Add(line);
            }
        }

        var missing = Enumerable.Range(1, physical).Where(l => !accounted.Contains(l)).ToList();
        Assert.That(missing, Is.Empty, string.Create(CultureInfo.InvariantCulture, $"lines of {Path.GetFileName(path)} neither loaded nor rejected"));
    }
}
