namespace Smarketing.Schema.Catalog;

/// <summary>Orders items so that each comes after the items it depends on; ties are broken by key (ordinal), so the order is stable.</summary>
internal static class DependencyOrder
{
    /// <summary>Depth-first topological order. Dependencies on unknown keys and on the item itself are ignored; a cycle (which
    /// SQL Server allows between foreign keys) is broken at the item where it is found.</summary>
    public static List<T> Sort<T>(IEnumerable<T> items, Func<T, string> key, Func<T, IEnumerable<string>> dependencies)
    {
        var byKey = items.ToDictionary(key, StringComparer.OrdinalIgnoreCase);
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var visiting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sorted = new List<T>(byKey.Count);

        void Visit(string name)
        {
            if (done.Contains(name) || !visiting.Add(name))
            {
                return;
            }

            foreach (var dependency in dependencies(byKey[name]).Where(byKey.ContainsKey).Order(StringComparer.Ordinal))
            {
                Visit(dependency);
            }

            visiting.Remove(name);
            done.Add(name);
            sorted.Add(byKey[name]);
        }

        foreach (var name in byKey.Keys.Order(StringComparer.Ordinal))
        {
            Visit(name);
        }

        return sorted;
    }
}
