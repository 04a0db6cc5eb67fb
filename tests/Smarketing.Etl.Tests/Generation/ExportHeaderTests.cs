using Smarketing.Etl.Sources;

namespace Smarketing.Etl.Tests.Generation;

/// <summary>The generator writes exactly the files and headers docs/SOURCES.md documents (the contract with the readers).</summary>
public sealed class ExportHeaderTests
{
    /// <summary>The optional files the generator writes all the same (the deals' buying groups).</summary>
    private static readonly string[] GeneratedOptional = ["OpportunityContactRole.csv"];

    [Test]
    public void Generator_writes_exactly_the_files_of_the_sources_document_except_the_optional_ones_it_does_not_simulate()
    {
        var optional = SourceFiles.All.Where(f => f.IsOptional).Select(f => f.FileName).Except(GeneratedOptional);
        var documented = DocumentedHeaders().Keys.Except(optional);

        Assert.That(SampleExportsSetUp.Default.Summary.Files.Select(f => f.Name), Is.EquivalentTo(documented));
    }

    [TestCaseSource(nameof(DocumentedFiles))]
    public void Every_file_has_exactly_the_documented_header(string fileName)
    {
        var header = SampleExportsSetUp.Default[fileName].Columns;

        Assert.That(header, Is.EqualTo(DocumentedHeaders()[fileName]));
    }

    private static IEnumerable<string> DocumentedFiles() => DocumentedHeaders().Keys.Where(f =>
        GeneratedOptional.Contains(f) || !SourceFiles.All.Any(s => s.FileName == f && s.IsOptional));

    /// <summary>File name → columns, parsed from the table in docs/SOURCES.md.</summary>
    private static Dictionary<string, string[]> DocumentedHeaders()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "SOURCES.md")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new FileNotFoundException("docs/SOURCES.md not found above " + TestContext.CurrentContext.TestDirectory);
        }

        return File.ReadLines(Path.Combine(directory.FullName, "docs", "SOURCES.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1].Trim('`'), cells => cells[4].Split(", "), StringComparer.Ordinal);
    }
}
