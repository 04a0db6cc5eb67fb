using System.Globalization;
using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Revenue;

/// <summary>Converts amounts to the reporting currency with Salesforce's dated conversion rates (units of a currency per one
/// unit of the corporate currency). Without rates every amount is taken to be in the reporting currency already.</summary>
public sealed class CurrencyConverter
{
    internal const string RatesSql =
        "SELECT IsoCode, StartDate, NextStartDate, ConversionRate FROM stg.SalesforceDatedConversionRate WHERE IsoCode IS NOT NULL AND ConversionRate IS NOT NULL";

    private readonly Dictionary<string, List<(DateOnly From, DateOnly To, decimal Rate)>> rates;
    private readonly Dictionary<string, int> unconverted = new(StringComparer.Ordinal);

    /// <summary>Builds a converter from rate rows (currency, valid from, valid to exclusive, rate).</summary>
    public CurrencyConverter(string reportingCurrency, IEnumerable<(string IsoCode, DateOnly? From, DateOnly? To, decimal Rate)> rows)
    {
        ReportingCurrency = reportingCurrency;
        rates = rows.Where(r => r.Rate > 0m)
            .GroupBy(r => r.IsoCode.ToUpperInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => (r.From ?? DateOnly.MinValue, r.To ?? DateOnly.MaxValue, r.Rate)).OrderBy(r => r.Item1).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The reporting currency (configuration: reportingCurrency).</summary>
    public string ReportingCurrency { get; }

    /// <summary>True when no rates were staged: a single currency is assumed.</summary>
    public bool IsSingleCurrency => rates.Count == 0;

    /// <summary>Reads stg.SalesforceDatedConversionRate.</summary>
    public static CurrencyConverter Load(IWarehouseLoader loader, string reportingCurrency)
    {
        var rows = new List<(string, DateOnly?, DateOnly?, decimal)>();
        using var r = loader.Read(RatesSql);
        while (r.Read())
        {
            rows.Add((r.Str(0)!.Trim(), r.Date(1), r.Date(2), r.Dec(3)!.Value));
        }

        return new CurrencyConverter(reportingCurrency, rows);
    }

    /// <summary>Reporting-currency units per unit of <paramref name="isoCode"/> on <paramref name="date"/>; 1 for the reporting
    /// currency (or any currency when no rates are loaded); null when a rate is missing.</summary>
    public decimal? Rate(string? isoCode, DateOnly date)
    {
        var code = string.IsNullOrWhiteSpace(isoCode) ? ReportingCurrency : isoCode.Trim().ToUpperInvariant();
        if (IsSingleCurrency || code == ReportingCurrency)
        {
            return 1m;
        }

        // The reporting currency missing from the file altogether is taken to be the corporate currency (rate 1).
        var to = rates.ContainsKey(ReportingCurrency) ? RateOf(ReportingCurrency, date) : 1m;
        if (RateOf(code, date) is { } from && to is not null)
        {
            return decimal.Round(to.Value / from, 9);
        }

        unconverted[code] = unconverted.GetValueOrDefault(code) + 1;
        return null;
    }

    /// <summary>What the run notes should say about currencies (single-currency assumption, amounts without a rate).</summary>
    public IEnumerable<string> Notes(IReadOnlyDictionary<string, int> currenciesSeen)
    {
        if (IsSingleCurrency)
        {
            var others = currenciesSeen.Where(c => c.Key != ReportingCurrency).Select(c => $"{c.Key}: {c.Value}").ToList();
            yield return $"No exchange rates (DatedConversionRate.csv): a single currency is assumed and every amount is reported as {ReportingCurrency}" +
                (others.Count == 0 ? "." : $"; opportunities in another currency are NOT converted ({string.Join(", ", others)}).");
        }

        foreach (var (code, count) in unconverted.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{count} opportunit{(count == 1 ? "y" : "ies")} in {code} have no {code}/{ReportingCurrency} rate on their close date: their reporting amount is left empty. Add the rate to DatedConversionRate.csv.");
        }
    }

    private decimal? RateOf(string code, DateOnly date)
    {
        if (!rates.TryGetValue(code, out var list))
        {
            return null;
        }

        foreach (var (from, to, rate) in list)
        {
            if (date >= from && date < to)
            {
                return rate;
            }
        }

        return null;
    }
}
