namespace Smarketing.Generation;

/// <summary>Invents the person and company behind a new lead so that its persona shows in title, industry and size.</summary>
internal sealed class ProspectFactory(SeededRandom random, PersonNames names)
{
    private static readonly (string Country, bool Emea, double Share)[] Countries =
    [
        ("United States", false, 0.58), ("Canada", false, 0.06), ("United Kingdom", true, 0.1), ("Germany", true, 0.06),
        ("France", true, 0.04), ("Netherlands", true, 0.03), ("Australia", false, 0.05), ("India", false, 0.05), ("Brazil", false, 0.03),
    ];

    public Prospect Create(PersonaProfile persona)
    {
        var first = names.FirstName();
        var last = names.LastName();
        var company = names.CompanyName();
        var industry = random.Pick(persona.Industries);
        var (country, emea) = PickCountry();
        var employees = (int)Math.Clamp(Math.Round(random.LogNormal(persona.MedianEmployees, 1.0)), 1, 250_000);
        return new Prospect
        {
            Persona = persona, FirstName = first, LastName = last, Title = random.Pick(persona.Titles),
            Department = random.Pick(persona.Departments), Company = company, Industry = industry.Length == 0 ? null : industry,
            Employees = employees, Country = country, Emea = emea,
            Email = PersonNames.Slug(first) + "." + PersonNames.Slug(last) + "@" + PersonNames.Slug(company) + ".example",
        };
    }

    private (string Country, bool Emea) PickCountry()
    {
        var roll = random.NextDouble();
        foreach (var (country, emea, share) in Countries)
        {
            roll -= share;
            if (roll < 0)
            {
                return (country, emea);
            }
        }

        return ("United States", false);
    }
}
