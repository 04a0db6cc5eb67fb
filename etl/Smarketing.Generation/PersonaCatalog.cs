namespace Smarketing.Generation;

/// <summary>The buyer personas the sample data is made of; titles are chosen so title rules can classify them later.</summary>
internal static class PersonaCatalog
{
    public static readonly PersonaProfile ItDecisionMaker = new()
    {
        Name = "IT Decision Maker", Weight = 0.22, Titles = ["CIO", "VP of IT", "IT Director", "Director of Infrastructure", "Head of IT"],
        Departments = ["IT"], Industries = ["Technology", "Financial Services", "Healthcare", "Manufacturing", "Retail", ""],
        MedianEmployees = 1500, FitScore = 20, Engagement = 1.15, AcceptRate = 0.8, DisqualifyRate = 0.03, QualifyRate = 0.5,
        WinFactor = 1.15, MedianDeal = 9500m, ChurnRate = 0.12, UpgradeRate = 0.3,
    };

    public static readonly PersonaProfile MarketingLeader = new()
    {
        Name = "Marketing Leader", Weight = 0.2, Titles = ["CMO", "VP Marketing", "Director of Marketing", "Head of Demand Generation"],
        Departments = ["Marketing"], Industries = ["Technology", "Retail", "Media", "Financial Services", "Education"],
        MedianEmployees = 400, FitScore = 15, Engagement = 1.1, AcceptRate = 0.72, DisqualifyRate = 0.04, QualifyRate = 0.45,
        WinFactor = 1.0, MedianDeal = 6300m, ChurnRate = 0.18, UpgradeRate = 0.25,
    };

    public static readonly PersonaProfile FinanceBuyer = new()
    {
        Name = "Finance Buyer", Weight = 0.13, Titles = ["CFO", "Controller", "VP Finance", "Finance Director"],
        Departments = ["Finance"], Industries = ["Financial Services", "Manufacturing", "Healthcare", "Retail"],
        MedianEmployees = 800, FitScore = 15, Engagement = 0.85, AcceptRate = 0.75, DisqualifyRate = 0.04, QualifyRate = 0.5,
        WinFactor = 1.2, MedianDeal = 8100m, ChurnRate = 0.1, UpgradeRate = 0.15,
    };

    public static readonly PersonaProfile Practitioner = new()
    {
        Name = "Practitioner",
        Weight = 0.3, Titles = ["Software Engineer", "Data Analyst", "Marketing Specialist", "Systems Administrator", "Business Analyst", "DevOps Engineer"],
        Departments = ["Engineering", "Operations", "Marketing"], Industries = ["Technology", "Media", "Education", "Retail", "Healthcare", ""],
        MedianEmployees = 300, FitScore = 5, Engagement = 1.0, AcceptRate = 0.45, DisqualifyRate = 0.08, QualifyRate = 0.3,
        WinFactor = 0.8, MedianDeal = 2700m, ChurnRate = 0.25, UpgradeRate = 0.2,
    };

    public static readonly PersonaProfile Unclassified = new()
    {
        Name = "Unclassified", Weight = 0.15, Titles = ["Student", "Consultant", "Owner", "Intern", "Freelancer", ""],
        Departments = ["Other"], Industries = ["", "Education", "Non-Profit", "Consulting"],
        MedianEmployees = 15, FitScore = 0, Engagement = 0.75, AcceptRate = 0.3, DisqualifyRate = 0.3, QualifyRate = 0.15,
        WinFactor = 0.6, MedianDeal = 1350m, ChurnRate = 0.35, UpgradeRate = 0.05,
    };

    private static readonly PersonaProfile[] All = [ItDecisionMaker, MarketingLeader, FinanceBuyer, Practitioner, Unclassified];
    private static readonly double TotalWeight = All.Sum(p => p.Weight);

    public static PersonaProfile Pick(SeededRandom random)
    {
        var roll = random.NextDouble() * TotalWeight;
        foreach (var persona in All)
        {
            roll -= persona.Weight;
            if (roll < 0)
            {
                return persona;
            }
        }

        return All[^1];
    }
}
