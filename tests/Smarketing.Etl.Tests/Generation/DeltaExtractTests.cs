using Smarketing.Generation;

namespace Smarketing.Etl.Tests.Generation;

/// <summary>
/// One seed extracted at two dates and as a delta between them: the extracts agree on everything that did not change, the earlier
/// one shows records as they stood then, and the delta is exactly the later extract's rows changed since the earlier cutoff.
/// </summary>
[TestFixture]
public sealed class DeltaExtractTests
{
    private const int Leads = 1500;
    private const int Seed = 11;
    private static readonly DateOnly Day1 = new(2025, 3, 31);
    private static readonly DateOnly Day2 = new(2025, 5, 31);
    private static readonly DateTime Cutoff1 = new(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Cutoff2 = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private GeneratedExports _first = null!;
    private GeneratedExports _second = null!;
    private GeneratedExports _delta = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        _first = new GeneratedExports(Leads, Seed, Day1);
        _second = new GeneratedExports(Leads, Seed, Day2);
        _delta = new GeneratedExports(Leads, Seed, Day2, Cutoff1);
    }

    [OneTimeTearDown]
    public void Delete()
    {
        _first.Dispose();
        _second.Dispose();
        _delta.Dispose();
    }

    [Test]
    public void Extracting_at_the_end_of_the_period_is_the_default_full_extract()
    {
        using var atEnd = new GeneratedExports(400, 3, new DateOnly(2025, 6, 30));
        using var plain = new GeneratedExports(400, 3);

        foreach (var file in DeltaExtracts.Files.Keys)
        {
            Assert.That(File.ReadAllBytes(Path.Combine(atEnd.Directory, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(plain.Directory, file))), file);
        }
    }

    [TestCaseSource(nameof(FileNames))]
    public void The_earlier_extract_shows_nothing_from_after_its_cutoff(string file)
    {
        var versions = DeltaExtracts.Versions(_first, file).Select(v => v.Version).ToList();
        var created = _first[file].Columns.Contains("CreatedDate") ? _first[file].Values("CreatedDate").Select(DeltaExtracts.Instant).ToList() : [];

        Assert.That(versions, Is.Not.Empty);
        Assert.That(versions.Concat(created).Where(v => v >= Cutoff1), Is.Empty);
    }

    [TestCaseSource(nameof(FileNames))]
    public void Records_unchanged_between_the_extracts_are_identical_in_both(string file)
    {
        var before = DeltaExtracts.Current(_first, file);
        var after = DeltaExtracts.Current(_second, file);
        var versions = DeltaExtracts.Versions(_second, file).ToDictionary(v => (object)v.Row, v => v.Version, ReferenceEqualityComparer.Instance);

        var unchanged = after.Where(r => versions[r.Value] < Cutoff1).ToList();
        Assert.That(before.Keys.Except(after.Keys), Is.Empty, "a record of the earlier extract is missing from the later one");
        Assert.That(unchanged.Where(r => !before.TryGetValue(r.Key, out var earlier) || !earlier.SequenceEqual(r.Value)).Select(r => r.Key).Take(5), Is.Empty);
        Assert.That(after.Keys.Except(before.Keys).Where(k => versions[after[k]] < Cutoff1), Is.Empty, "a record that existed at the first cutoff is missing from the first extract");
    }

    [TestCaseSource(nameof(FileNames))]
    public void The_delta_is_the_later_extract_restricted_to_rows_changed_since_the_earlier_cutoff(string file)
    {
        var restricted = DeltaExtracts.Versions(_second, file).Where(v => v.Version >= Cutoff1).Select(v => string.Join('\u001f', v.Row)).ToList();
        var delta = _delta[file].Rows.Select(r => string.Join('\u001f', r)).ToList();

        Assert.That(delta, Is.EqualTo(restricted));
    }

    [TestCaseSource(nameof(FileNames))]
    public void The_earlier_extract_plus_the_delta_gives_the_later_extract_record_by_record(string file)
    {
        var merged = DeltaExtracts.Current(_first, file);
        foreach (var (key, row) in DeltaExtracts.Current(_delta, file))
        {
            merged[key] = row;
        }

        var after = DeltaExtracts.Current(_second, file);
        Assert.That(merged.Keys.Order(StringComparer.Ordinal), Is.EqualTo(after.Keys.Order(StringComparer.Ordinal)));
        Assert.That(after.Where(r => !merged[r.Key].SequenceEqual(r.Value)).Select(r => r.Key).Take(5), Is.Empty);
    }

    [Test]
    public void Records_that_changed_show_their_earlier_state_in_the_earlier_extract()
    {
        var leads = _second["Lead.csv"];
        int converted = leads.Column("ConvertedDate"), created = leads.Column("CreatedDate"), status = leads.Column("Status");
        var convertedBetween = DeltaExtracts.Current(_second, "Lead.csv").Values
            .Where(r => r[converted] is { } d && DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) > Day1 && DeltaExtracts.Instant(r[created]) < Cutoff1)
            .Select(r => r[0]!).ToList();
        var before = DeltaExtracts.Current(_first, "Lead.csv");
        var opportunities = DeltaExtracts.Current(_second, "Opportunity.csv");
        var stage = _second["Opportunity.csv"].Column("StageName");
        var closedBetween = opportunities.Values.Where(o => o[stage] is "Closed Won" or "Closed Lost"
            && DateOnly.Parse(o[_second["Opportunity.csv"].Column("CloseDate")]!, System.Globalization.CultureInfo.InvariantCulture) > Day1
            && DeltaExtracts.Instant(o[_second["Opportunity.csv"].Column("CreatedDate")]) < Cutoff1).Select(o => o[0]!).ToList();
        var opportunitiesBefore = DeltaExtracts.Current(_first, "Opportunity.csv");

        Assert.That(convertedBetween, Is.Not.Empty);
        Assert.That(convertedBetween.Select(id => before[id][status]), Has.None.EqualTo("Converted"));
        Assert.That(convertedBetween.Select(id => before[id][leads.Column("IsConverted")]), Has.All.EqualTo("false"));
        Assert.That(closedBetween, Is.Not.Empty);
        Assert.That(closedBetween.Select(id => opportunitiesBefore[id][stage]), Has.None.EqualTo("Closed Won").And.None.EqualTo("Closed Lost"));
    }

    [Test]
    public void A_delta_of_a_few_days_is_about_one_percent_of_the_full_extract()
    {
        using var full = new GeneratedExports(Leads, Seed, new DateOnly(2025, 6, 26));
        using var week = new GeneratedExports(Leads, Seed, new DateOnly(2025, 6, 30), new DateTime(2025, 6, 27, 0, 0, 0, DateTimeKind.Utc));
        var share = (double)week.Summary.TotalBytes / full.Summary.TotalBytes;
        TestContext.Out.WriteLine($"4-day delta: {week.Summary.TotalRows} rows, {week.Summary.TotalBytes} bytes = {share:P2} of the full extract ({full.Summary.TotalBytes} bytes)");

        Assert.That(share, Is.InRange(0.002, 0.03));
    }

    [Test]
    public void An_extract_date_outside_the_period_or_a_since_after_the_cutoff_is_refused()
    {
        var options = new GeneratorOptions
        {
            OutputDirectory = "unused", ExtractAt = new DateOnly(2025, 8, 1), ChangedSinceUtc = new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc),
        };

        var error = Assert.Throws<ArgumentException>(() => new SampleExportGenerator().Generate(options));

        Assert.That(error!.Message, Does.Contain("ExtractAt 2025-08-01 is outside").And.Contain("is not before the extract's cutoff"));
    }

    private static IEnumerable<string> FileNames() => DeltaExtracts.Files.Keys;
}
