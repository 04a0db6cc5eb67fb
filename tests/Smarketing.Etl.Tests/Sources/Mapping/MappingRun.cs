using Smarketing.Etl.Sources.Mapping;
using static Smarketing.Etl.Tests.Sources.Mapping.MappingErrorTests;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>A mapping applied to hand-made files in a temporary folder, with the canonical files it wrote read back by column name.</summary>
internal sealed class MappingRun
{
    private readonly string output;

    private MappingRun(NormalizationResult result, string output)
    {
        Result = result;
        this.output = output;
    }

    public NormalizationResult Result { get; }

    public static MappingRun Of(string json, params (string Name, string Text)[] files)
    {
        var folder = Folder(files);
        var output = Path.Combine(folder, "out");
        return new MappingRun(MappingNormalizer.Normalize(MappingLoader.Parse(json, "mapping.json"), folder, output), output);
    }

    /// <summary>The outcome of the source at mapping path <paramref name="path"/> (e.g. <c>users[1]</c>).</summary>
    public EntityOutcome Source(string path) => Result.Entities.Single(e => e.Path == path);

    /// <summary>(read, mapped, merged, empty, rejected, written) of a source, the columns of <c>mapping check</c>.</summary>
    public (int Read, int Mapped, int Merged, int Empty, int Rejected, int Written) Counts(string path)
    {
        var e = Source(path);
        return (e.RowsRead, e.RowsMapped, e.RowsMerged, e.RowsEmpty, e.Rejects.Count, e.RowsWritten);
    }

    /// <summary>The rows of canonical file <paramref name="file"/>, by column name.</summary>
    public List<Dictionary<string, string>> Rows(string file)
    {
        var table = SourceTable.Read(Path.Combine(output, file));
        return table.Rows.Select(r => table.Headers.Zip(r.Values).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    /// <summary>One column of canonical file <paramref name="file"/>, in row order.</summary>
    public List<string> Column(string file, string column) => Rows(file).Select(r => r[column]).ToList();
}
