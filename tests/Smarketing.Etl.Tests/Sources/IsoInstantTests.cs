using System.Globalization;
using Smarketing.Etl.Sources;

namespace Smarketing.Etl.Tests.Sources;

/// <summary>The allocation-free fast path agrees with .NET's own ISO-8601 parsing wherever it answers, and leaves the rest to it.</summary>
public class IsoInstantTests
{
    [Test]
    public void Canonical_spellings_of_random_instants_parse_to_what_dotnet_parses()
    {
        var random = new Random(20240301);
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ss.fff'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.fffffff", "yyyy-MM-dd'T'HH:mm:ss.f'Z'", "yyyy-MM-dd"];
        for (var n = 0; n < 20_000; n++)
        {
            var instant = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks((long)(random.NextDouble() * TimeSpan.TicksPerDay * 365 * 40));
            var text = instant.ToString(formats[n % formats.Length], CultureInfo.InvariantCulture);
            var expected = DateTime.ParseExact(text, formats[n % formats.Length], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

            Assert.That(IsoInstant.TryParse(text, out var parsed), Is.True, text);
            Assert.That(parsed, Is.EqualTo(expected), text);
            Assert.That(parsed.Kind, Is.EqualTo(DateTimeKind.Utc), text);
        }
    }

    [TestCase("2024-02-30")]
    [TestCase("2023-02-29T10:00:00Z")]
    [TestCase("2024-13-01T00:00:00Z")]
    [TestCase("2024-01-01T24:00:00Z")]
    [TestCase("2024-01-01T23:60:00Z")]
    [TestCase("2024-01-01T10:00:00.Z")]
    [TestCase("2024-01-01T10:00:00.12345678Z")]
    [TestCase("2024-1-01")]
    [TestCase("0000-01-01")]
    public void Impossible_or_malformed_instants_are_not_accepted_by_the_fast_path(string text) =>
        Assert.That(IsoInstant.TryParse(text, out _), Is.False);

    [TestCase("2024-03-01T15:22:05+01:00")]
    [TestCase("2024-03-01T09:22:05.000-0500")]
    [TestCase("2024-03-01T14:22Z")]
    public void Offsets_and_short_times_are_left_to_the_general_parser(string text)
    {
        Assert.That(IsoInstant.TryParse(text, out _), Is.False);
        Assert.That(FieldParser.TryDateTimeUtc(text, out var utc), Is.True);
        Assert.That(utc.Kind, Is.EqualTo(DateTimeKind.Utc));
    }

    [TestCase("42", "int", 42)]
    [TestCase(" -7 ", "int", -7)]
    [TestCase("12.0", "int", 12)]
    [TestCase("1e3", "int", 1000)]
    public void Integers_parse_on_the_fast_path_and_in_every_other_accepted_spelling(string text, string type, int expected)
    {
        Assert.That(FieldParser.TryParse(text.AsSpan(), new Smarketing.Schema.Catalog.SqlType(type), out var value, out var reason), Is.True, reason);
        Assert.That(value, Is.EqualTo(expected));
    }
}
