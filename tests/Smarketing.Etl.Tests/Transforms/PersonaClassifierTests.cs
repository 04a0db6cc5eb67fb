using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms;

namespace Smarketing.Etl.Tests.Transforms;

public class PersonaClassifierTests
{
    private readonly PersonaClassifier classifier = new(ConfigurationLoader.Load(null).Value.Personas);

    [TestCase("CIO", "IT Decision Maker")]
    [TestCase("VP of Information Technology", "IT Decision Maker")]
    [TestCase("Director, IT Infrastructure", "IT Decision Maker")]
    [TestCase("VP Marketing", "Marketing Leader")]
    [TestCase("Chief Financial Officer (CFO)", "Finance Buyer")]
    [TestCase("Senior Data Analyst", "Practitioner")]
    [TestCase("Intern", "Unclassified")]
    [TestCase(null, "Unclassified")]
    public void The_first_matching_rule_wins(string? title, string persona) =>
        Assert.That(classifier.Classify(title, null, null), Is.EqualTo(persona));

    [Test]
    public void Size_and_industry_conditions_must_hold_too()
    {
        var rules = new[]
        {
            new PersonaRule { Name = "Enterprise IT", TitlePatterns = ["IT"], MinEmployees = 1000, Industries = ["Banking"] },
            new PersonaRule { Name = "Any IT", TitlePatterns = ["IT"] },
        };
        var c = new PersonaClassifier(rules);
        Assert.That(c.Classify("Head of IT", "banking", 5000), Is.EqualTo("Enterprise IT"));
        Assert.That(c.Classify("Head of IT", "Banking", 200), Is.EqualTo("Any IT"));
        Assert.That(c.Classify("Head of IT", "Retail", 5000), Is.EqualTo("Any IT"));
    }
}
