using System.Security.Cryptography;
using Smarketing.Etl.Tests.Support;
using Smarketing.Generation;

namespace Smarketing.Etl.Tests.Generation;

public sealed class SampleExportGeneratorTests
{
    [Test]
    public void Same_options_give_byte_identical_files()
    {
        using var first = new GeneratedExports(leads: 300, seed: 7);
        using var second = new GeneratedExports(leads: 300, seed: 7);

        Assert.That(Hashes(second), Is.EqualTo(Hashes(first)));
    }

    [Test]
    public void A_different_seed_gives_different_leads_and_activities()
    {
        using var first = new GeneratedExports(leads: 300, seed: 7);
        using var other = new GeneratedExports(leads: 300, seed: 8);
        var a = Hashes(first);
        var b = Hashes(other);

        Assert.That(b["Lead.csv"], Is.Not.EqualTo(a["Lead.csv"]));
        Assert.That(b["MarketoActivities.csv"], Is.Not.EqualTo(a["MarketoActivities.csv"]));
    }

    [Test]
    public void Summary_reports_every_file_with_its_rows_and_size()
    {
        var exports = SampleExportsSetUp.Default;

        Assert.That(exports.Summary.Files, Has.Count.EqualTo(14));
        Assert.That(exports.Summary.Leads, Is.EqualTo(2000));
        foreach (var file in exports.Summary.Files)
        {
            var path = Path.Combine(exports.Directory, file.Name);
            Assert.That(file.Bytes, Is.EqualTo(new FileInfo(path).Length), file.Name);
            Assert.That(file.Rows, Is.EqualTo(exports[file.Name].Rows.Count), file.Name);
        }
    }

    [Test]
    public void Files_are_utf8_without_byte_order_mark_and_records_end_with_crlf()
    {
        var bytes = File.ReadAllBytes(Path.Combine(SampleExportsSetUp.Default.Directory, "User.csv"));

        Assert.That(bytes[..3], Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(bytes[^2..], Is.EqualTo("\r\n"u8.ToArray()));
    }

    [Test]
    public void Progress_counts_up_to_the_number_of_leads()
    {
        var reported = new List<int>();
        var directory = Path.Combine(TestTemp.Root, "generator", Guid.NewGuid().ToString("N"));
        try
        {
            new SampleExportGenerator().Generate(new GeneratorOptions { OutputDirectory = directory, Leads = 1200 }, new SynchronousProgress(reported));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        Assert.That(reported, Is.EqualTo(new[] { 500, 1000, 1200 }));
    }

    [Test]
    public void Invalid_options_are_rejected_with_every_problem_named()
    {
        var options = new GeneratorOptions { OutputDirectory = " ", Leads = 0, From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 1, 10) };

        var error = Assert.Throws<ArgumentException>(() => new SampleExportGenerator().Generate(options));

        Assert.That(error!.Message, Does.Contain("OutputDirectory").And.Contain("Leads is 0").And.Contain("less than 30 days"));
    }

    private static Dictionary<string, string> Hashes(GeneratedExports exports) =>
        exports.Summary.Files.ToDictionary(
            f => f.Name,
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(exports.Directory, f.Name)))));

    private sealed class SynchronousProgress(List<int> reported) : IProgress<int>
    {
        public void Report(int value) => reported.Add(value);
    }
}
