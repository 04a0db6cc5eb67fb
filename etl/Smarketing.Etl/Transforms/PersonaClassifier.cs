using System.Text.RegularExpressions;
using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Transforms;

/// <summary>Assigns a lead to the first persona whose rule matches its title, industry and company size; "Unclassified" otherwise.</summary>
public sealed class PersonaClassifier
{
    /// <summary>The persona of leads no rule matches.</summary>
    public const string Unclassified = "Unclassified";

    private readonly List<(PersonaRule Rule, Regex[] Titles)> rules;

    /// <summary>Compiles the configured rules.</summary>
    public PersonaClassifier(IEnumerable<PersonaRule> personas) =>
        rules = personas.Select(p => (p, p.TitlePatterns
            .Select(t => new Regex(t, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)))
            .ToArray())).ToList();

    /// <summary>The persona name for a lead.</summary>
    public string Classify(string? title, string? industry, int? employees)
    {
        foreach (var (rule, titles) in rules)
        {
            if (titles.Length > 0 && (title is null || !titles.Any(t => t.IsMatch(title))))
            {
                continue;
            }

            if (rule.Industries.Count > 0 && (industry is null || !rule.Industries.Contains(industry, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            if ((rule.MinEmployees is { } min && (employees ?? 0) < min) || (rule.MaxEmployees is { } max && (employees ?? 0) > max))
            {
                continue;
            }

            return rule.Name;
        }

        return Unclassified;
    }
}
