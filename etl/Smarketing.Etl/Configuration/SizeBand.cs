namespace Smarketing.Etl.Configuration;

/// <summary>A company size band: companies with at most <see cref="MaxEmployees"/> employees (null = no upper bound).</summary>
public sealed class SizeBand
{
    /// <summary>Band name, e.g. "Mid-Market".</summary>
    public string Name { get; set; } = "";

    /// <summary>Upper bound, inclusive; null for the last band.</summary>
    public int? MaxEmployees { get; set; }
}
