using Smarketing.Etl.Transforms.Revenue;

namespace Smarketing.Etl.Tests.Transforms.Revenue;

/// <summary>Dated Salesforce conversion rates (units per one unit of the corporate currency, here USD) to a reporting currency.</summary>
public class CurrencyConverterTests
{
    private static readonly (string, DateOnly?, DateOnly?, decimal)[] Rates =
    [
        ("USD", null, null, 1m),
        ("EUR", new DateOnly(2024, 1, 1), new DateOnly(2024, 7, 1), 0.9m),
        ("EUR", new DateOnly(2024, 7, 1), null, 0.8m),
        ("GBP", new DateOnly(2024, 1, 1), null, 0.75m),
    ];

    [Test]
    public void An_amount_converts_at_the_rate_valid_on_its_date()
    {
        var usd = new CurrencyConverter("USD", Rates);

        Assert.That(usd.Rate("EUR", new DateOnly(2024, 6, 30)), Is.EqualTo(1m / 0.9m).Within(0.000000001m));
        Assert.That(usd.Rate("EUR", new DateOnly(2024, 7, 1)), Is.EqualTo(1.25m));
        Assert.That(usd.Rate("USD", new DateOnly(2024, 7, 1)), Is.EqualTo(1m));
    }

    [Test]
    public void A_reporting_currency_other_than_the_corporate_one_converts_through_it()
    {
        // 1 GBP = 1 / 0.75 USD = 0.8 / 0.75 EUR after July 2024.
        var eur = new CurrencyConverter("EUR", Rates);

        Assert.That(eur.Rate("GBP", new DateOnly(2024, 8, 1)), Is.EqualTo(1.066666667m));
        Assert.That(eur.Rate(null, new DateOnly(2024, 8, 1)), Is.EqualTo(1m));
    }

    [Test]
    public void A_currency_without_a_rate_is_left_unconverted_and_named_in_the_notes()
    {
        var usd = new CurrencyConverter("USD", Rates);

        Assert.That(usd.Rate("JPY", new DateOnly(2024, 8, 1)), Is.Null);
        Assert.That(usd.Rate("EUR", new DateOnly(2023, 12, 31)), Is.Null);
        Assert.That(usd.Notes(new Dictionary<string, int> { ["USD"] = 5, ["EUR"] = 1, ["JPY"] = 1 }), Has.Exactly(2).Contains("have no"));
    }

    [Test]
    public void Without_rates_a_single_currency_is_assumed_and_the_notes_say_so()
    {
        var none = new CurrencyConverter("USD", []);

        Assert.That(none.Rate("EUR", new DateOnly(2024, 8, 1)), Is.EqualTo(1m));
        Assert.That(none.Notes(new Dictionary<string, int> { ["USD"] = 3, ["EUR"] = 2 }).Single(),
            Does.StartWith("No exchange rates (DatedConversionRate.csv): a single currency is assumed").And.Contains("EUR: 2"));
    }
}
