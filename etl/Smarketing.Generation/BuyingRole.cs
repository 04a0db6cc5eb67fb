namespace Smarketing.Generation;

/// <summary>A role a person plays in a deal (Salesforce OpportunityContactRole.Role) and the people who usually hold it: titles
/// are the personas' own (PersonaCatalog), so the configured title rules classify the role holders as the persona of the
/// role.</summary>
/// <param name="Name">The picklist value.</param>
/// <param name="Titles">Titles of the people added in this role.</param>
/// <param name="Department">Their department.</param>
/// <param name="Engagement">Mean number of marketing touches of such a person around a deal (evaluators read more than
/// CFOs).</param>
internal sealed record BuyingRole(string Name, string[] Titles, string Department, double Engagement)
{
    public static readonly BuyingRole DecisionMaker = new("Decision Maker", ["CIO", "VP of IT", "Head of IT"], "IT", 2.0);
    public static readonly BuyingRole EconomicBuyer = new("Economic Buyer", ["CFO", "VP Finance", "Controller",
        "Finance Director"], "Finance", 1.5);
    public static readonly BuyingRole TechnicalBuyer = new("Technical Buyer", ["IT Director", "Director of Infrastructure"],
        "IT", 3.0);
    public static readonly BuyingRole Evaluator =
        new("Evaluator", ["Software Engineer", "Systems Administrator", "Data Analyst", "DevOps Engineer"], "Engineering", 4.0);
    public static readonly BuyingRole Influencer = new("Influencer", ["Marketing Specialist", "Business Analyst",
        "Director of Marketing"], "Operations", 2.5);
    public static readonly BuyingRole Champion = new("Champion", ["Head of Demand Generation", "VP Marketing",
        "Director of Marketing"], "Marketing", 3.5);

    /// <summary>Every role, the ones a deal needs most first.</summary>
    public static readonly IReadOnlyList<BuyingRole> All =
        [DecisionMaker, EconomicBuyer, TechnicalBuyer, Champion, Evaluator, Influencer];

    /// <summary>The role of the converted lead's contact, from its persona and title.</summary>
    public static BuyingRole Of(PersonaProfile persona, string title) => persona.Name switch
    {
        "IT Decision Maker" => DecisionMaker.Titles.Contains(title) ? DecisionMaker : TechnicalBuyer,
        "Marketing Leader" => Champion,
        "Finance Buyer" => EconomicBuyer,
        "Practitioner" => Evaluator,
        _ => Influencer,
    };
}
