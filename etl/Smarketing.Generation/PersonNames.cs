using Bogus;
using Bogus.Bson;

namespace Smarketing.Generation;

/// <summary>
/// Plausible people and company names: Bogus's English name lists, picked with the generator's own seeded stream so runs
/// repeat exactly and stay fast. Company names follow Bogus's patterns, commas included ("Hahn, Kunze and Lind").
/// </summary>
internal sealed class PersonNames(SeededRandom random)
{
    private static readonly Lazy<string[]> FirstNames = new(() => Load("name", "first_name"));
    private static readonly Lazy<string[]> LastNames = new(() => Load("name", "last_name"));
    private static readonly Lazy<string[]> CompanySuffixes = new(() => Load("company", "suffix"));

    public string FirstName() => random.Pick(FirstNames.Value);

    public string LastName() => random.Pick(LastNames.Value);

    public string CompanyName() => random.Next(3) switch
    {
        0 => LastName() + " " + random.Pick(CompanySuffixes.Value),
        1 => LastName() + "-" + LastName(),
        _ => LastName() + ", " + LastName() + " and " + LastName(),
    };

    /// <summary>A mailbox-safe lower-case slug of a name: letters and digits only.</summary>
    public static string Slug(string text, int maxLength = 24)
    {
        Span<char> buffer = stackalloc char[maxLength];
        var length = 0;
        foreach (var c in text)
        {
            if (length == maxLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return length == 0 ? "contact" : new string(buffer[..length]);
    }

    private static string[] Load(string category, string path)
    {
        var values = (BArray)Database.Get(category, path, "en", "en");
        var result = new string[values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = values[i].StringValue;
        }

        return result;
    }
}
