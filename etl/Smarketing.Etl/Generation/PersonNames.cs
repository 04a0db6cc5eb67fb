using Bogus;

namespace Smarketing.Etl.Generation;

/// <summary>Plausible people and company names from Bogus, drawn from one seeded stream so runs repeat exactly.</summary>
internal sealed class PersonNames(int seed)
{
    private readonly Faker _faker = new("en") { Random = new Randomizer(seed) };

    public string FirstName() => _faker.Name.FirstName();

    public string LastName() => _faker.Name.LastName();

    public string CompanyName() => _faker.Company.CompanyName();

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
}
