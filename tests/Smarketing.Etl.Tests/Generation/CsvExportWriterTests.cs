using System.Text;
using Smarketing.Generation;

namespace Smarketing.Etl.Tests.Generation;

public sealed class CsvExportWriterTests
{
    [Test]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var writer = new CsvExportWriter(path, ["a", "b", "c", "d", "e"]))
            {
                writer.Write("Smith, Jones & \"Partners\"");
                writer.Write("line one\nline two");
                writer.Write((string?)null);
                writer.Write("plain");
                writer.WriteMoney(1234.5m);
                writer.EndRow();
            }

            Assert.That(File.ReadAllText(path, Encoding.UTF8),
                Is.EqualTo("a,b,c,d,e\r\n\"Smith, Jones & \"\"Partners\"\"\",\"line one\nline two\",,plain,1234.50\r\n"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Source_date_time_formats_are_written_in_utc_and_invariant_culture()
    {
        var path = Path.GetTempFileName();
        var at = new DateTime(2024, 3, 8, 14, 5, 9, 123, DateTimeKind.Utc);
        try
        {
            using (var writer = new CsvExportWriter(path, ["sf", "mk", "d", "b"]))
            {
                writer.WriteSalesforceDateTime(at);
                writer.WriteMarketoDateTime(at);
                writer.WriteDate(DateOnly.FromDateTime(at));
                writer.Write(true);
                writer.EndRow();
                Assert.That(writer.Rows, Is.EqualTo(1));
            }

            Assert.That(File.ReadAllLines(path)[1], Is.EqualTo("2024-03-08T14:05:09.123Z,2024-03-08T14:05:09Z,2024-03-08,true"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
