using Smarketing.Etl.Configuration;
using Smarketing.Etl.Sources;

namespace Smarketing.Etl.Tests.Sources;

public class ValueRulesTests
{
    // As of 2025-06-30 with the defaults: dates from 1990-01-01 to 2025-06-30 + 5 years = 2030-06-30.
    private static readonly DateTime AsOf = new(2025, 6, 30, 14, 0, 0, DateTimeKind.Utc);

    [Test]
    public void The_date_window_runs_from_1990_to_five_years_after_the_as_of_date_inclusive()
    {
        var rules = new ValueRules(new InputRules(), AsOf);
        Assert.Multiple(() =>
        {
            Assert.That((rules.Earliest, rules.Latest), Is.EqualTo((new DateOnly(1990, 1, 1), new DateOnly(2030, 6, 30))));
            Assert.That(rules.Check(new DateOnly(1990, 1, 1), false), Is.Null);
            Assert.That(rules.Check(new DateTime(2030, 6, 30, 23, 59, 59, DateTimeKind.Utc), false), Is.Null);
            Assert.That(rules.Check(new DateOnly(1989, 12, 31), false), Is.EqualTo(
                "is outside the plausible dates 1990-01-01 to 2030-06-30 (inputRules.earliestDate, latestYearsAfterAsOf)"));
            Assert.That(rules.Check(new DateTime(2030, 7, 1, 0, 0, 0, DateTimeKind.Utc), false), Is.Not.Null);
            Assert.That(rules.Check(DateTime.MinValue, false), Is.Not.Null, "0001-01-01");
        });
    }

    [Test]
    public void A_negative_amount_is_rejected_unless_credit_notes_are_allowed_and_only_in_amount_columns()
    {
        var strict = new ValueRules(new InputRules(), AsOf);
        var credit = new ValueRules(new InputRules { AllowNegativeAmounts = true }, AsOf);
        Assert.Multiple(() =>
        {
            Assert.That(strict.Check(-99_999_999.99m, isAmount: true), Does.StartWith("is negative; amounts must be 0 or more"));
            Assert.That(strict.Check(-0.01m, isAmount: true), Is.Not.Null);
            Assert.That(strict.Check(0m, isAmount: true), Is.Null);
            Assert.That(strict.Check(-5m, isAmount: false), Is.Null, "a negative number that is not an amount (e.g. a score change)");
            Assert.That(credit.Check(-99_999_999.99m, isAmount: true), Is.Null);
        });
    }

    [Test]
    public void A_text_longer_than_the_maximum_field_length_is_rejected()
    {
        var rules = new ValueRules(new InputRules { MaxFieldLength = 10 }, AsOf);
        Assert.Multiple(() =>
        {
            Assert.That(rules.Check("0123456789", false), Is.Null); // 10 characters: at the limit
            Assert.That(rules.Check("0123456789A", false), Is.EqualTo("is 11 characters long; inputRules.maxFieldLength is 10"));
        });
    }

    [Test]
    public void Input_rules_out_of_range_are_configuration_problems()
    {
        var configuration = ConfigurationLoader.Load(null).Value;
        configuration.InputRules = new InputRules
        {
            EarliestDate = new DateOnly(1850, 1, 1), LatestYearsAfterAsOf = -1, MaxFieldLength = 0, MaxRejectPercent = 150,
            MinRejectedRows = -1, MaxShrinkPercent = -5,
        };
        Assert.That(ConfigurationValidator.Validate(configuration), Is.EqualTo(new[]
        {
            "inputRules.earliestDate: 1850-01-01 is before 1900-01-01 (allowed: 1900-01-01 or later)",
            "inputRules.latestYearsAfterAsOf: -1 is out of range (allowed: 0–100)",
            "inputRules.maxFieldLength: 0 must be at least 1",
            "inputRules.maxRejectPercent: 150 is not a percentage (allowed: 0–100)",
            "inputRules.maxShrinkPercent: -5 is not a percentage (allowed: 0–100)",
            "inputRules.minRejectedRows: -1 must be 0 or more",
        }));
    }
}
