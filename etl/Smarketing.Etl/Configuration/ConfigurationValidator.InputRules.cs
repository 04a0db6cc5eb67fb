using System.Globalization;

namespace Smarketing.Etl.Configuration;

public static partial class ConfigurationValidator
{
    private static void ValidateInputRules(InputRules r, List<string> problems)
    {
        if (r.EarliestDate < new DateOnly(1900, 1, 1))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"inputRules.earliestDate: {r.EarliestDate:yyyy-MM-dd} is before 1900-01-01 (allowed: 1900-01-01 or later)"));
        }

        if (r.LatestYearsAfterAsOf is < 0 or > 100)
        {
            problems.Add($"inputRules.latestYearsAfterAsOf: {r.LatestYearsAfterAsOf} is out of range (allowed: 0–100)");
        }

        if (r.MaxFieldLength < 1)
        {
            problems.Add($"inputRules.maxFieldLength: {r.MaxFieldLength} must be at least 1");
        }

        Percent(problems, "inputRules.maxRejectPercent", r.MaxRejectPercent);
        Percent(problems, "inputRules.maxShrinkPercent", r.MaxShrinkPercent);
        if (r.MinRejectedRows < 0)
        {
            problems.Add($"inputRules.minRejectedRows: {r.MinRejectedRows} must be 0 or more");
        }
    }

    private static void Percent(List<string> problems, string path, double value)
    {
        if (double.IsNaN(value) || value is < 0 or > 100)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: {value} is not a percentage (allowed: 0–100)"));
        }
    }
}
