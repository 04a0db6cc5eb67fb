namespace Smarketing.PowerBi;

/// <summary>One TMDL object (<c>table 'SLA clock'</c>, <c>column LeadKey</c>, <c>measure …</c>) with its properties and children.</summary>
public sealed class TmdlNode
{
    /// <summary>Object type keyword: table, column, measure, partition, relationship, role, tablePermission, expression, ref …</summary>
    public required string Keyword { get; init; }

    /// <summary>The object's name, unquoted.</summary>
    public required string Name { get; init; }

    /// <summary>The expression after '=' on the declaration (measures, partitions, expressions, table permissions), joined over lines.</summary>
    public string? Expression { get; set; }

    /// <summary>Properties (<c>dataType: int64</c>; flags such as <c>isHidden</c> have an empty value); expression properties
    /// such as <c>source =</c> hold their multi-line text.</summary>
    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>Child objects.</summary>
    public List<TmdlNode> Children { get; } = [];

    /// <summary>The /// description lines above the declaration.</summary>
    public string? Description { get; set; }

    /// <summary>File the object was declared in.</summary>
    public required string File { get; init; }

    /// <summary>1-based line of the declaration.</summary>
    public required int Line { get; init; }

    /// <summary>"file(line)" for messages.</summary>
    public string Where => $"{File}({Line})";

    /// <summary>Children with the given keyword.</summary>
    public IEnumerable<TmdlNode> ChildrenOf(string keyword) => Children.Where(c => c.Keyword == keyword);
}
