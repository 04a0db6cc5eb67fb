namespace Smarketing.PowerBi;

/// <summary>Parses one .tmdl file: tab indentation gives the object tree; <c>keyword name</c> declares an object, <c>name: value</c>
/// sets a property, a line ending in <c>=</c> starts a multi-line expression made of the deeper-indented lines below it (two tabs
/// below a declaration such as <c>measure X =</c>, one tab below a property such as <c>source =</c>).
/// Problems (space indentation, unquoted names with spaces, unbalanced quotes, over-indentation) are reported as <c>file(line): …</c>.</summary>
public static class TmdlDocument
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "database", "model", "table", "column", "measure", "partition", "relationship", "role", "tablePermission", "columnPermission",
        "expression", "ref", "cultureInfo", "annotation", "hierarchy", "level", "calculationGroup", "calculationItem", "perspective",
        "perspectiveTable", "perspectiveColumn", "perspectiveMeasure", "dataSource", "queryGroup", "variation", "changedProperty",
        "extendedProperty", "member",
    };

    /// <summary>The top-level objects of <paramref name="text"/>, and the problems found.</summary>
    public static (List<TmdlNode> Roots, List<string> Problems) Parse(string file, string text)
    {
        var roots = new List<TmdlNode>();
        var problems = new List<string>();
        var stack = new List<(int Level, TmdlNode Node)>();
        string? description = null;
        (int Level, Action<string> Append)? expression = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var tabs = line.TakeWhile(c => c == '\t').Count();
            var content = line[tabs..];
            if (expression is { } open)
            {
                if (content.Trim().Length == 0 || tabs > open.Level)
                {
                    open.Append(content.Trim().Length == 0 ? "" : line[Math.Min(line.Length, open.Level + 1)..]);
                    continue;
                }

                expression = null;
            }

            if (content.Trim().Length == 0)
            {
                continue;
            }

            var where = $"{file}({i + 1})";
            if (content[0] == ' ')
            {
                problems.Add($"{where}: indentation must use tabs, not spaces");
                continue;
            }

            if (content.StartsWith("///", StringComparison.Ordinal))
            {
                description = (description is null ? "" : description + "\n") + content[3..].Trim();
                continue;
            }

            while (stack.Count > 0 && stack[^1].Level >= tabs)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            if (tabs != (stack.Count > 0 ? stack[^1].Level + 1 : 0))
            {
                problems.Add($"{where}: indented {tabs} tab(s); expected {(stack.Count > 0 ? stack[^1].Level + 1 : 0)} (one more than its parent)");
                continue;
            }

            var word = content.Split(' ', 2)[0];
            if (Keywords.Contains(word))
            {
                var node = Declaration(file, i + 1, word, content[word.Length..].TrimStart(), problems, where);
                if (node is null)
                {
                    continue;
                }

                node.Description = description;
                description = null;
                (stack.Count > 0 ? stack[^1].Node.Children : roots).Add(node);
                stack.Add((tabs, node));
                if (node.Expression is "")
                {
                    // The object's own properties sit one tab deeper; its expression lines at least two.
                    expression = (tabs + 1, t => node.Expression = node.Expression.Length == 0 ? t : node.Expression + "\n" + t);
                }

                continue;
            }

            if (stack.Count == 0)
            {
                problems.Add($"{where}: property '{word}' outside any object");
                continue;
            }

            var owner = stack[^1].Node;
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            var equals = content.IndexOf('=', StringComparison.Ordinal);
            if (colon > 0 && (equals < 0 || colon < equals))
            {
                owner.Properties[content[..colon].Trim()] = content[(colon + 1)..].Trim();
            }
            else if (equals > 0)
            {
                var key = content[..equals].Trim();
                owner.Properties[key] = content[(equals + 1)..].Trim();
                if (owner.Properties[key].Length == 0)
                {
                    expression = (tabs, t => owner.Properties[key] = owner.Properties[key].Length == 0 ? t : owner.Properties[key] + "\n" + t);
                }
            }
            else
            {
                owner.Properties[content.Trim()] = "";
            }
        }

        return (roots, problems);
    }

    private static TmdlNode? Declaration(string file, int line, string keyword, string rest, List<string> problems, string where)
    {
        if (keyword == "ref")
        {
            var parts = rest.Split(' ', 2);
            var (refName, _, refError) = TmdlName.Read(parts.Length > 1 ? parts[1] : "");
            if (refError is not null || refName is null)
            {
                problems.Add($"{where}: {refError ?? "ref without a name"}");
                return null;
            }

            return new TmdlNode { Keyword = "ref", Name = $"{parts[0]}:{refName}", File = file, Line = line };
        }

        var (name, after, error) = TmdlName.Read(rest);
        if (error is not null || name is null)
        {
            problems.Add($"{where}: {error ?? $"{keyword} without a name"}");
            return null;
        }

        var node = new TmdlNode { Keyword = keyword, Name = name, File = file, Line = line };
        after = after.Trim();
        if (after.StartsWith('='))
        {
            node.Expression = after[1..].Trim();
        }
        else if (after.Length > 0)
        {
            problems.Add($"{where}: unexpected text after {keyword} {TmdlName.Quote(name)}: '{after}'");
        }

        return node;
    }
}
