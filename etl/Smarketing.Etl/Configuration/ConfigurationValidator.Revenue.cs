using System.Globalization;

namespace Smarketing.Etl.Configuration;

public static partial class ConfigurationValidator
{
    private static readonly string[] TypeCategories = ["New", "Upgrade", "Renewal"];

    private static void ValidateRevenue(FunnelConfiguration c, List<string> problems)
    {
        foreach (var (type, category) in c.OpportunityTypes.Where(t => !TypeCategories.Contains(t.Value)))
        {
            problems.Add($"opportunityTypes['{type}']: '{category}' is not one of {string.Join(", ", TypeCategories)}");
        }

        if (c.BidStage is { } bid && !c.Stages.Any(s => s.Name == bid && s.Category is "Opportunity"))
        {
            var allowed = c.Stages.Where(s => s.Category == "Opportunity").Select(s => s.Name);
            problems.Add($"bidStage: '{bid}' is not a configured stage of category Opportunity ({string.Join(", ", allowed)}; or null)");
        }

        if (c.ReportingCurrency.Length != 3 || !c.ReportingCurrency.All(char.IsAsciiLetterUpper))
        {
            problems.Add($"reportingCurrency: '{c.ReportingCurrency}' is not an ISO 4217 currency code (three capital letters, e.g. USD, EUR)");
        }
    }

    private static void ValidateAttribution(FunnelConfiguration c, List<string> problems)
    {
        var a = c.Attribution;
        if (a.LookbackDays < 1)
        {
            problems.Add($"attribution.lookbackDays: {a.LookbackDays} must be at least 1");
        }

        if (!AttributionContactMode.All.Contains(a.ContactMode))
        {
            var modes = string.Join(", ", AttributionContactMode.All);
            problems.Add($"attribution.contactMode: '{a.ContactMode}' is not one of {modes}");
        }

        if (a.Models.Count == 0)
        {
            problems.Add("attribution.models: at least one model is required");
        }
        else if (!a.Models.Any(m => m.Name == a.DefaultModel))
        {
            problems.Add($"attribution.defaultModel: '{a.DefaultModel}' is not one of the models ({string.Join(", ", a.Models.Select(m => m.Name))})");
        }

        for (var i = 0; i < a.Models.Count; i++)
        {
            ValidateModel(a.Models[i], $"attribution.models[{i}]", problems);
        }

        Duplicates(problems, "attribution.models", a.Models.Select(m => m.Name));
        ValidateDataDriven(c, problems);
    }

    private static void ValidateDataDriven(FunnelConfiguration c, List<string> problems)
    {
        var d = c.Attribution.DataDriven;
        var categories = c.Stages.Select(s => s.Category).Distinct().ToList();
        if (d.Conversion != DataDrivenAttributionConfiguration.Won && !categories.Contains(d.Conversion))
        {
            problems.Add($"attribution.dataDriven.conversion: '{d.Conversion}' is neither Won nor a stage category ({string.Join(", ", categories)})");
        }

        if (d.Resamples is < 0 or > 10_000)
        {
            problems.Add($"attribution.dataDriven.resamples: {d.Resamples} must be between 0 and 10000");
        }
    }

    private static void ValidateModel(AttributionModelDefinition m, string path, List<string> problems)
    {
        Required(problems, $"{path}.name", m.Name);
        if (!AttributionModelDefinition.Types.Contains(m.Type))
        {
            problems.Add($"{path}.type: '{m.Type}' is not one of {string.Join(", ", AttributionModelDefinition.Types)}");
            return;
        }

        decimal?[] weights = [m.FirstTouch, m.LeadCreation, m.OpportunityCreation, m.ClosedWon, m.Middle];
        if (m.Type == "PositionBased")
        {
            string[] names = ["firstTouch", "leadCreation", "opportunityCreation", "closedWon", "middle"];
            for (var j = 0; j < names.Length; j++)
            {
                if (weights[j] is < 0m or > 1m)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}.{names[j]}: {weights[j]} is not a share (allowed: 0–1)"));
                }
            }

            var sum = weights.Sum(w => w ?? 0m);
            if (sum != 1m)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: firstTouch + leadCreation + opportunityCreation + closedWon + middle = {sum}; the weights must sum to 1"));
            }
        }
        else if (weights.Any(w => w is not null))
        {
            problems.Add($"{path}: position weights are allowed only on PositionBased models (this one is {m.Type})");
        }

        if (m.Type == "TimeDecay" && m.HalfLifeDays is not > 0m)
        {
            problems.Add($"{path}.halfLifeDays: a TimeDecay model needs a half-life greater than 0 days");
        }
        else if (m.Type != "TimeDecay" && m.HalfLifeDays is not null)
        {
            problems.Add($"{path}.halfLifeDays: allowed only on TimeDecay models (this one is {m.Type})");
        }
    }

    private static void ValidateLifetimeValue(FunnelConfiguration c, List<string> problems)
    {
        var v = c.LifetimeValue;
        if (v.GrossMarginPercent is < 0m or > 100m)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"lifetimeValue.grossMarginPercent: {v.GrossMarginPercent} is not a percentage (allowed: 0–100)"));
        }

        if (v.AnnualDiscountRatePercent is < 0m or > 100m)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"lifetimeValue.annualDiscountRatePercent: {v.AnnualDiscountRatePercent} is not a percentage (allowed: 0–100)"));
        }

        if (v.ContractTermMonths is < 1 or > 120)
        {
            problems.Add($"lifetimeValue.contractTermMonths: {v.ContractTermMonths} is not a contract term (allowed: 1–120 months)");
        }

        if (v.RenewalGraceDays < 0)
        {
            problems.Add($"lifetimeValue.renewalGraceDays: {v.RenewalGraceDays} must not be negative");
        }

        if (v.MaxLifetimeYears is <= 0m or > 100m)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"lifetimeValue.maxLifetimeYears: {v.MaxLifetimeYears} is not a lifetime (allowed: more than 0, at most 100 years)"));
        }
    }
}
