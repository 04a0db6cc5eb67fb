using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Transforms;

/// <summary>Derived company attributes: size band from employee count, sales region from country.</summary>
public sealed class CompanyProfile(FunnelConfiguration configuration)
{
    /// <summary>The configured band for an employee count; "Unknown" when the count is missing.</summary>
    public string SizeBand(int? employees) =>
        employees is not { } n
            ? "Unknown"
            : configuration.CompanySizeBands.FirstOrDefault(b => b.MaxEmployees is null || n <= b.MaxEmployees)?.Name ?? "Unknown";

    /// <summary>The configured region for a country; "Unknown" when missing, "Other" when not configured.</summary>
    public string Region(string? country) =>
        string.IsNullOrWhiteSpace(country)
            ? "Unknown"
            : configuration.Regions.FirstOrDefault(r => r.Key.Equals(country.Trim(), StringComparison.OrdinalIgnoreCase)).Value ?? "Other";

    /// <summary>Marketing channel of a campaign type; "Other" when not configured.</summary>
    public string Channel(string? campaignType) =>
        campaignType is null ? "Unknown" : configuration.CampaignChannels.GetValueOrDefault(campaignType) ?? "Other";
}
