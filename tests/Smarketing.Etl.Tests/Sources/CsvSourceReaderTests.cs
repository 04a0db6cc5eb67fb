using Smarketing.Etl.Sources;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Sources;

public class CsvSourceReaderTests
{
    private static List<(long Line, object?[] Values, Smarketing.Etl.Loading.RejectedRow? Reject)> ReadAll(string path)
    {
        using var reader = CsvSourceReader.Open(path, A.StagingLead());
        var rows = new List<(long, object?[], Smarketing.Etl.Loading.RejectedRow?)>();
        while (reader.Read())
        {
            rows.Add((reader.LineNumber, (object?[])reader.Values.Clone(), reader.Rejected));
        }

        return rows;
    }

    [Test]
    public void Quoted_fields_keep_embedded_commas_quotes_and_newlines_and_line_numbers_stay_physical()
    {
        var path = A.File("Lead.csv",
            "Id,Company,Title,CreatedDate\n" +
            "00Q000000000000001,\"Acme, Inc. \"\"The Best\"\"\",CTO,2024-01-02T10:00:00Z\n" +
            "00Q000000000000002,Globex,\"Head of\nData\",2024-01-03T10:00:00Z\n" +
            "00Q000000000000003,Initech,CFO,2024-01-04T10:00:00Z\n");
        var rows = ReadAll(path);
        Assert.That(rows, Has.Count.EqualTo(3));
        Assert.That(rows[0].Values[1], Is.EqualTo("Acme, Inc. \"The Best\""));
        Assert.That(rows[1].Values[2], Is.EqualTo("Head of\nData"));
        Assert.That(rows.Select(r => r.Line), Is.EqualTo(new long[] { 2, 3, 5 }));
    }

    [Test]
    public void A_byte_order_mark_does_not_hide_the_first_header()
    {
        var path = A.File("Lead.csv", "Id,Company\n00Q000000000000001,Acme\n", bom: true);
        var rows = ReadAll(path);
        Assert.That(rows[0].Values[0], Is.EqualTo("00Q000000000000001"));
    }

    [Test]
    public void A_bad_value_rejects_the_row_naming_file_line_field_and_value()
    {
        var path = A.File("Lead.csv",
            "Id,Company,CreatedDate,NumberOfEmployees\n" +
            "00Q000000000000001,Acme,2024-01-02T10:00:00Z,50\n" +
            "00Q000000000000002,Globex,31/02/2024,50\n" +
            "00Q000000000000003,Initech,2024-01-04T10:00:00Z,lots\n");
        var rows = ReadAll(path);
        Assert.That(rows[0].Reject, Is.Null);
        Assert.That(rows[1].Reject!.ToString(),
            Is.EqualTo("Lead.csv line 3, column CreatedDate: '31/02/2024' is not a date-time (expected ISO-8601 such as 2024-03-01T14:22:05Z)"));
        Assert.That(rows[1].Reject!.RawText, Is.EqualTo("00Q000000000000002,Globex,31/02/2024,50"));
        Assert.That(rows[2].Reject!.FieldName, Is.EqualTo("NumberOfEmployees"));
        Assert.That(rows[2].Reject!.LineNumber, Is.EqualTo(4));
    }

    [Test]
    public void A_row_without_its_key_is_rejected_as_required()
    {
        var path = A.File("Lead.csv", "Id,Company\n,Acme\n");
        var reject = ReadAll(path)[0].Reject!;
        Assert.That(reject.FieldName, Is.EqualTo("Id"));
        Assert.That(reject.Reason, Is.EqualTo("is empty; the field is required"));
    }

    [Test]
    public void A_row_with_too_few_fields_is_rejected_with_the_counts()
    {
        var path = A.File("Lead.csv", "Id,Company,Title\n00Q000000000000001,Acme\n");
        Assert.That(ReadAll(path)[0].Reject!.Reason, Does.StartWith("has 2 fields; the header has 3"));
    }

    [Test]
    public void A_file_without_the_key_column_fails_as_a_whole_with_its_header()
    {
        var path = A.File("Lead.csv", "LeadId,Company\nx,Acme\n");
        var e = Assert.Throws<SourceFileException>(() => CsvSourceReader.Open(path, A.StagingLead()).Dispose());
        Assert.That(e!.Message, Is.EqualTo("Lead.csv line 1: required column Id is missing; the header has: LeadId, Company"));
    }

    [Test]
    public void Headers_match_case_insensitively_and_extra_columns_are_reported_as_ignored()
    {
        var path = A.File("Lead.csv", "ID,company,Favourite_Color__c\n00Q000000000000001,Acme,blue\n");
        using var reader = CsvSourceReader.Open(path, A.StagingLead());
        Assert.That(reader.IgnoredHeaders, Is.EqualTo(new[] { "Favourite_Color__c" }));
        Assert.That(reader.MissingColumns, Does.Contain("Title").And.Contain("CreatedDate"));
        Assert.That(reader.Read(), Is.True);
        Assert.That(reader.Values[1], Is.EqualTo("Acme"));
    }

    [Test]
    public void Blank_lines_are_skipped_without_shifting_line_numbers()
    {
        var path = A.File("Lead.csv", "Id,Company\n00Q000000000000001,Acme\n\n00Q000000000000002,Globex\n");
        var rows = ReadAll(path);
        Assert.That(rows.Select(r => r.Line), Is.EqualTo(new long[] { 2, 4 }));
    }
}
