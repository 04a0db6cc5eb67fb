using Smarketing.Etl.Sources;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Sources;

public class FieldParserTests
{
    private static readonly SqlType DateTime2 = new("datetime2", Precision: 3);

    [TestCase("2024-03-01T14:22:05.000Z")]
    [TestCase("2024-03-01T14:22:05Z")]
    [TestCase("2024-03-01 14:22:05")]
    [TestCase("2024-03-01T14:22:05.000+0000")]
    [TestCase("2024-03-01T15:22:05+01:00")]
    [TestCase("2024-03-01T09:22:05.000-0500")]
    public void Iso_date_times_in_every_vendor_spelling_mean_the_same_UTC_instant(string text)
    {
        Assert.That(FieldParser.TryParse(text, DateTime2, out var value, out var reason), Is.True, reason);
        Assert.That(value, Is.EqualTo(new DateTime(2024, 3, 1, 14, 22, 5, DateTimeKind.Utc)));
        Assert.That(((DateTime)value!).Kind, Is.EqualTo(DateTimeKind.Utc));
    }

    [Test]
    public void Milliseconds_are_kept_and_finer_fractions_truncated_to_datetime2_3()
    {
        FieldParser.TryParse("2024-03-01T14:22:05.1239Z", DateTime2, out var value, out _);
        Assert.That(value, Is.EqualTo(new DateTime(2024, 3, 1, 14, 22, 5, 123, DateTimeKind.Utc)));
    }

    [TestCase("31/02/2024")]
    [TestCase("03/01/2024 10:00")]
    [TestCase("yesterday")]
    public void A_non_ISO_date_time_is_rejected_with_the_expected_format(string text)
    {
        Assert.That(FieldParser.TryParse(text, DateTime2, out _, out var reason), Is.False);
        Assert.That(reason, Does.Contain("is not a date-time").And.Contain("ISO-8601"));
    }

    [Test]
    public void Date_only_columns_take_yyyy_MM_dd()
    {
        Assert.That(FieldParser.TryParse("2024-02-29", new SqlType("date"), out var value, out _), Is.True);
        Assert.That(value, Is.EqualTo(new DateOnly(2024, 2, 29)));
        Assert.That(FieldParser.TryParse("2023-02-29", new SqlType("date"), out _, out var reason), Is.False);
        Assert.That(reason, Does.Contain("is not a date"));
    }

    [TestCase("true", true)]
    [TestCase("FALSE", false)]
    [TestCase("1", true)]
    [TestCase("0", false)]
    public void Booleans_accept_words_and_digits(string text, bool expected)
    {
        Assert.That(FieldParser.TryParse(text, new SqlType("bit"), out var value, out _), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [Test]
    public void Empty_text_is_null_for_every_type()
    {
        foreach (var type in new[] { "int", "decimal", "bit", "date", "datetime2", "nvarchar" })
        {
            Assert.That(FieldParser.TryParse("", new SqlType(type, 10, 19, 4), out var value, out _), Is.True);
            Assert.That(value, Is.Null, type);
        }
    }

    [Test]
    public void Integers_reject_fractions_and_out_of_range_values()
    {
        Assert.That(FieldParser.TryParse("250", new SqlType("int"), out var v, out _), Is.True);
        Assert.That(v, Is.EqualTo(250));
        Assert.That(FieldParser.TryParse("12.5", new SqlType("int"), out _, out var r1), Is.False);
        Assert.That(r1, Is.EqualTo("is not a whole number"));
        Assert.That(FieldParser.TryParse("300", new SqlType("tinyint"), out _, out var r2), Is.False);
        Assert.That(r2, Does.Contain("out of range for tinyint"));
    }

    [Test]
    public void Decimals_use_the_invariant_point_and_round_to_the_column_scale()
    {
        Assert.That(FieldParser.TryParse("1234.56789", new SqlType("decimal", Precision: 19, Scale: 4), out var v, out _), Is.True);
        Assert.That(v, Is.EqualTo(1234.5679m));
        Assert.That(FieldParser.TryParse("1.234,56", new SqlType("decimal", Precision: 19, Scale: 4), out _, out var reason), Is.False);
        Assert.That(reason, Does.Contain("is not a number"));
    }

    [Test]
    public void Text_longer_than_the_column_is_rejected_not_truncated()
    {
        Assert.That(FieldParser.TryParse("abcdef", new SqlType("nvarchar", Length: 5), out _, out var reason), Is.False);
        Assert.That(reason, Is.EqualTo("is 6 characters long; the column holds at most 5"));
        Assert.That(FieldParser.TryParse(new string('x', 10_000), new SqlType("nvarchar", Length: -1), out _, out _), Is.True);
    }
}
