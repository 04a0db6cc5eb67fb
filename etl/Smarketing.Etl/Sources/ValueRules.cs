using System.Globalization;
using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Sources;

/// <summary>The plausibility checks of <c>inputRules</c> for one batch, applied to every typed field: dates inside the window,
/// amounts not negative (unless allowed), text not longer than the limit. A field that breaks one is a bad value like one that does
/// not parse.</summary>
public sealed class ValueRules
{
    private readonly InputRules rules;

    /// <summary>The rules of <paramref name="rules"/> with the window's end taken from <paramref name="asOfUtc"/>.</summary>
    public ValueRules(InputRules rules, DateTime asOfUtc)
    {
        this.rules = rules;
        Earliest = rules.EarliestDate;
        Latest = DateOnly.FromDateTime(asOfUtc).AddYears(rules.LatestYearsAfterAsOf);
    }

    /// <summary>First accepted date.</summary>
    public DateOnly Earliest { get; }

    /// <summary>Last accepted date (as-of + <see cref="InputRules.LatestYearsAfterAsOf"/> years).</summary>
    public DateOnly Latest { get; }

    /// <summary>The reason <paramref name="value"/> breaks a rule (reads after the quoted value), or null when it is plausible.</summary>
    public string? Check(object value, bool isAmount) => value switch
    {
        DateTime t => OutsideWindow(DateOnly.FromDateTime(t)),
        DateOnly d => OutsideWindow(d),
        decimal m when isAmount && m < 0 && !rules.AllowNegativeAmounts =>
            "is negative; amounts must be 0 or more (set inputRules.allowNegativeAmounts for credit notes)",
        string s when s.Length > rules.MaxFieldLength =>
            string.Create(CultureInfo.InvariantCulture, $"is {s.Length} characters long; inputRules.maxFieldLength is {rules.MaxFieldLength}"),
        _ => null,
    };

    private string? OutsideWindow(DateOnly d) => d < Earliest || d > Latest
        ? string.Create(CultureInfo.InvariantCulture,
            $"is outside the plausible dates {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd} (inputRules.earliestDate, latestYearsAfterAsOf)")
        : null;
}
