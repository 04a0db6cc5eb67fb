using Smarketing.Etl.Pipeline;
using static Smarketing.Etl.Tests.Cli.InputContract.ExportCorruption;

namespace Smarketing.Etl.Tests.Cli.InputContract;

/// <summary>The table of damages: every case listed in issue 12, and the ones added on the way (marked "added"). The export is
/// generate --leads 150 --seed 12: Lead.csv has 162 physical lines holding the header and 160 records (lines 82–83 are one record:
/// a title "Director↵EMEA"), 155 distinct lead ids (5 leads come twice, in two versions); lines 3, 5, 9, 10 … quote a company
/// name, the edited lines do not. User.csv holds 7 users on lines 2–8, Opportunity.csv 16 opportunities on lines 2–17.</summary>
internal static class CorruptionCases
{
    private const int Ok = ExitCodes.Success;
    private const int BadFile = ExitCodes.InvalidSource;
    private const int Incomplete = ExitCodes.IncompleteExtract;
    private const int Threshold = ExitCodes.DataQualityThreshold;

    /// <summary>Damages that refuse the batch on at least one warehouse, or need their own arguments: each is run on its own.</summary>
    public static IEnumerable<CorruptionCase> Alone()
    {
        // Missing columns: required → the whole batch refused (exit 7) naming file and column.
        yield return new("Lead.csv without its CreatedDate column", f => DropColumn(f, "Lead.csv", "CreatedDate"), BadFile, BadFile)
        { Message = "Lead.csv line 1: required column CreatedDate is missing" };
        yield return new("Opportunity.csv without Amount", f => DropColumn(f, "Opportunity.csv", "Amount"), BadFile, BadFile)
        { Message = "Opportunity.csv line 1: required column Amount is missing" };
        yield return new("Lead.csv without Status", f => DropColumn(f, "Lead.csv", "Status"), BadFile, BadFile)
        { Message = "Lead.csv line 1: required column Status is missing" };

        // Missing files and empty extracts.
        yield return new("an empty landing folder", f => Array.ForEach(Directory.GetFiles(f), File.Delete), Incomplete, Incomplete)
        { Message = "holds none of the export files" };
        yield return new("no Lead.csv (a delta may omit it)", f => File.Delete(Path.Combine(f, "Lead.csv")), Incomplete, Ok)
        { Message = "Lead.csv is not in the landing folder", Note = "Lead.csv is not in the landing folder" };
        yield return new("no Lead.csv in a run --full", f => File.Delete(Path.Combine(f, "Lead.csv")), Incomplete, Incomplete)
        { Arguments = ["--full"], Message = "The full extract is incomplete, nothing committed: Lead.csv is not in the landing folder" };
        yield return new("a header-only Lead.csv", f => WriteLines(f, "Lead.csv", [Lines(f, "Lead.csv")[0], ""]), Incomplete, Ok)
        { Message = "Lead.csv has no rows" };

        // Headers that name a column twice.
        yield return new("two FirstName headers", f => RenameHeader(f, "Lead.csv", "LastName", "FirstName"), BadFile, BadFile)
        { Message = "Lead.csv line 1: the header names a column more than once" };
        yield return new("FirstName and firstname (added)", f => RenameHeader(f, "Lead.csv", "LastName", "firstname"), BadFile, BadFile)
        { Message = "'FirstName', 'firstname' (columns 2, 3)" };
        yield return new("lead.csv beside Lead.csv (added)", f => File.Copy(Path.Combine(f, "Lead.csv"), Path.Combine(f, "lead.csv")), BadFile, BadFile)
        { Message = "two files for Lead" };

        // Malformed CSV that is too much of the file, and a file with no header at all.
        yield return new("an unbalanced quote on the first row", f => SetField(f, "Lead.csv", 2, "Title", "\"Business Analyst"), Threshold, Threshold,
            new ExpectedReject("Lead.csv", 2, null, "lines 2–162 cannot be split into records", "BlockRejected", 162))
        { Message = "Lead: 161 of 161 rows rejected" }; // the block is lines 2–162, counted one row per line
        yield return new("a 0-byte Task.csv", f => File.WriteAllBytes(Path.Combine(f, "Task.csv"), []), BadFile, BadFile)
        { Message = "Task.csv is empty (0 bytes)" };

        // Volume guard: a full extract much smaller than what is loaded (deltas exempt; a fresh warehouse has nothing to lose).
        // Lines 1–101 hold 99 records of 96 distinct leads: (155 − 96) / 155 = 38.1 % fewer > 20 %.
        yield return new("a full extract cut after line 101", f => WriteLines(f, "Lead.csv", [.. Lines(f, "Lead.csv")[..101], ""]), Ok, Threshold)
        { Arguments = ["--full"], Message = "Lead: the full extract holds 96 rows, 38.1 % fewer than the 155 loaded (allowed: 20 %)" };
        yield return new("the same with --allow-shrink", f => WriteLines(f, "Lead.csv", [.. Lines(f, "Lead.csv")[..101], ""]), Ok, Ok)
        { Arguments = ["--full", "--allow-shrink"] };
        // Still 155 distinct ids, but lines 2–41 get new ids (39 distinct leads; one of them twice): 39 / 155 = 25.2 % missing > 20 %.
        yield return new("a full extract whose ids changed (added)", f =>
        {
            var lines = Lines(f, "Lead.csv");
            WriteLines(f, "Lead.csv", lines.Select((l, i) => i is > 0 and <= 40 ? "00Qzz" + l[5..] : l));
        }, Ok, Threshold)
        { Arguments = ["--full"], Message = "Lead: the full extract lacks 39 of the 155 keys loaded (25.2 %, allowed: 20 %)" };
    }

    /// <summary>Damages to single rows, fields, names and layout that a batch survives (exit 0 on both warehouses). They touch
    /// different lines, so they are applied together, in this order, and checked in one run per warehouse.</summary>
    public static IEnumerable<CorruptionCase> Together()
    {
        yield return new("Lead.csv without the optional Rating column (added)", f => DropColumn(f, "Lead.csv", "Rating"), Ok, Ok)
        { Note = "Lead.csv: optional columns not in the file, loaded as empty: Rating" };
        yield return new("a quote that closes three lines later", f =>
        {
            SetField(f, "Lead.csv", 37, "Title", "\"Business Analyst");
            SetField(f, "Lead.csv", 40, "Title", "Manager\"");
        }, Ok, Ok, new ExpectedReject("Lead.csv", 37, null, "line(s) 37, 38, 39, 40 look like records of their own", "BlockRejected", 40));
        yield return new("an unbalanced quote near the end", f => SetField(f, "Lead.csv", 160, "Title", "\"Business Analyst"), Ok, Ok,
            new ExpectedReject("Lead.csv", 160, null, "160", "BlockRejected", 162));
        yield return new("a file truncated mid-row", f =>
        {
            var lines = Lines(f, "Opportunity.csv");
            lines[^2] = lines[^2][..60];
            WriteLines(f, "Opportunity.csv", lines[..^1]);
        }, Ok, Ok, new ExpectedReject("Opportunity.csv", 22, null, "the row is cut short"));
        yield return new("bytes that are not UTF-8",
            f => ReplaceBytes(f, "Lead.csv", "\r\n" + Lines(f, "Lead.csv")[19].Split(',')[0] + ",", [13, 10, (byte)'0', 0xC3, 0x28, (byte)',']), Ok, Ok,
            new ExpectedReject("Lead.csv", 20, null, "not valid UTF-8"));
        yield return new("a NUL byte inside an e-mail", f => ReplaceBytes(f, "Lead.csv", "@", [0x00, (byte)'@']), Ok, Ok,
            new ExpectedReject("Lead.csv", 2, null, "NUL character"));
        yield return new("CreatedDate = 0001-01-01", f => SetField(f, "Lead.csv", 28, "CreatedDate", "0001-01-01T00:00:00.000Z"), Ok, Ok,
            new ExpectedReject("Lead.csv", 28, "CreatedDate", "is outside the plausible dates 1990-01-01 to"));
        yield return new("dates in 1900 and 2099", f =>
        {
            SetField(f, "Lead.csv", 30, "CreatedDate", "1900-05-01T00:00:00.000Z");
            SetField(f, "Lead.csv", 24, "CreatedDate", "2099-01-01T00:00:00.000Z");
        }, Ok, Ok, new ExpectedReject("Lead.csv", 30, "CreatedDate", "outside the plausible dates"),
            new ExpectedReject("Lead.csv", 24, "CreatedDate", "outside the plausible dates"));
        yield return new("a bad non-essential field (added)", f => SetField(f, "Lead.csv", 25, "NumberOfEmployees", "lots"), Ok, Ok,
            new ExpectedReject("Lead.csv", 25, "NumberOfEmployees", "is not a whole number", "FieldEmptied"))
        { Note = "Lead.csv: 1 bad value(s) in non-essential fields loaded as empty, rows kept (NumberOfEmployees ×1; first: line 25)" };
        yield return new("a 1 MB Status", f => SetField(f, "Lead.csv", 26, "Status", new string('x', 1_000_000)), Ok, Ok,
            new ExpectedReject("Lead.csv", 26, "Status", "is 1000000 characters long"));
        yield return new("an Amount of -99,999,999.99", f => SetField(f, "Opportunity.csv", 5, "Amount", "-99999999.99"), Ok, Ok,
            new ExpectedReject("Opportunity.csv", 5, "Amount", "is negative"));
        yield return new("one bad cell in the small User.csv (10 rows)", f => SetField(f, "User.csv", 3, "SystemModstamp", "yesterday"), Ok, Ok,
            new ExpectedReject("User.csv", 3, "SystemModstamp", "is not a date-time"));
        yield return new("an unknown file beside the exports (added)", f => File.WriteAllText(Path.Combine(f, "Leads_2024.csv"), "Id\r\n"), Ok, Ok)
        { Note = "Files the ETL does not read were ignored: Leads_2024.csv" };
        yield return new("lead.csv in lower case", f => File.Move(Path.Combine(f, "Lead.csv"), Path.Combine(f, "lead.csv")), Ok, Ok)
        { Note = "lead.csv was loaded as Lead.csv" };
    }
}
