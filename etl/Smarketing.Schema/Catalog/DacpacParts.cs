using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Smarketing.Schema.Catalog;

/// <summary>Reads the package parts the DacFx object API does not expose: the post-deployment script and the declaration order
/// of inline constraints. DacFx records that order in model.xml as the table's <c>SqlInlineConstraintAnnotation</c> list (it
/// needs it to script the table back), but its object API returns a table's constraints sorted by name.</summary>
internal sealed class DacpacParts
{
    private const string PostDeploymentEntry = "postdeploy.sql";
    private const string ModelEntry = "model.xml";
    private readonly string _path;

    public DacpacParts(string dacpacPath)
    {
        _path = dacpacPath;
        using var archive = ZipFile.OpenRead(dacpacPath);
        var entry = archive.GetEntry(PostDeploymentEntry);
        if (entry is not null)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            PostDeploymentScript = reader.ReadToEnd();
        }
    }

    /// <summary>The post-deployment script text, or empty when the package has none.</summary>
    public string PostDeploymentScript { get; } = string.Empty;

    /// <summary>Reads model.xml (only when asked: just tables with several unique constraints need it) and returns, for every
    /// inline constraint name such as <c>[dw].[UQ_DimLead_SalesforceLeadId]</c>, its position among its table's constraints.</summary>
    public IReadOnlyDictionary<string, int> ConstraintDeclarationOrder()
    {
        var annotationsByTable = new List<List<string>>();
        var constraintAnnotation = new Dictionary<string, string>(StringComparer.Ordinal);
        using var archive = ZipFile.OpenRead(_path);
        using var stream = archive.GetEntry(ModelEntry)!.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = true, IgnoreComments = true });
        string? element = null;
        var isTable = false;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.Depth == 2 && xml.LocalName == "Element")
            {
                element = xml.GetAttribute("Name");
                isTable = xml.GetAttribute("Type") == "SqlTable";
                if (isTable)
                {
                    annotationsByTable.Add([]);
                }
            }
            else if (xml.Depth == 3 && isTable && xml.LocalName == "Annotation" && xml.GetAttribute("Type") == "SqlInlineConstraintAnnotation")
            {
                annotationsByTable[^1].Add(xml.GetAttribute("Disambiguator") ?? string.Empty);
            }
            else if (xml.Depth == 3 && !isTable && element is not null && xml.LocalName == "AttachedAnnotation")
            {
                constraintAnnotation[xml.GetAttribute("Disambiguator") ?? string.Empty] = element;
            }
        }

        var order = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var annotations in annotationsByTable)
        {
            for (var i = 0; i < annotations.Count; i++)
            {
                if (constraintAnnotation.TryGetValue(annotations[i], out var constraint))
                {
                    order[constraint] = i;
                }
            }
        }

        return order;
    }
}
