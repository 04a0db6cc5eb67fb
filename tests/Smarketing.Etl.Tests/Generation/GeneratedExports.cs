using Smarketing.Etl.Tests.Support;
using Smarketing.Generation;

namespace Smarketing.Etl.Tests.Generation;

/// <summary>A generated export folder with its files read back on demand; deleted when disposed.</summary>
internal sealed class GeneratedExports : IDisposable
{
    private readonly Dictionary<string, ExportTable> _tables = new(StringComparer.Ordinal);

    public GeneratedExports(int leads, int seed, DateOnly? extractAt = null, DateTime? changedSinceUtc = null,
        bool prospectAccounts = true)
    {
        Directory = Path.Combine(TestTemp.Root, "generator", Guid.NewGuid().ToString("N"));
        Summary = new SampleExportGenerator().Generate(new GeneratorOptions
        {
            OutputDirectory = Directory, Leads = leads, Seed = seed, ExtractAt = extractAt, ChangedSinceUtc = changedSinceUtc,
            ProspectAccounts = prospectAccounts,
        });
    }

    public string Directory { get; }

    public GenerationSummary Summary { get; }

    public ExportTable this[string fileName]
    {
        get
        {
            if (!_tables.TryGetValue(fileName, out var table))
            {
                table = ExportTable.Read(Path.Combine(Directory, fileName));
                _tables[fileName] = table;
            }

            return table;
        }
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
