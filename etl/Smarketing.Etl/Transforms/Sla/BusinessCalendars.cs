using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Transforms.Sla;

/// <summary>
/// All configured business calendars by name, and the rule that picks a rep's calendar: the first calendar (in configuration order)
/// in the rep's IANA time zone, else the configured default. Calendars grow their tables lazily and are not thread-safe: build one set per worker thread.
/// </summary>
public sealed class BusinessCalendars
{
    private readonly Dictionary<string, BusinessCalendar> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BusinessCalendar> byTimeZone = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds every calendar of <paramref name="configuration"/> (already validated by the configuration loader).</summary>
    public BusinessCalendars(FunnelConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var all = new List<BusinessCalendar>();
        foreach (var definition in configuration.Calendars)
        {
            var calendar = new BusinessCalendar(definition);
            all.Add(calendar);
            byName.Add(calendar.Name, calendar);
            byTimeZone.TryAdd(definition.TimeZone, calendar);
        }

        All = all;
        Default = byName.TryGetValue(configuration.DefaultCalendar, out var fallback)
            ? fallback
            : throw new ArgumentException($"defaultCalendar '{configuration.DefaultCalendar}' is not one of the calendars ({Names()})", nameof(configuration));
    }

    /// <summary>The calendars in configuration order.</summary>
    public IReadOnlyList<BusinessCalendar> All { get; }

    /// <summary>The configured default calendar (reps without a matching time zone, DimDate).</summary>
    public BusinessCalendar Default { get; }

    /// <summary>The calendar named <paramref name="name"/> (as referenced by SLA rules); throws listing the known names otherwise.</summary>
    public BusinessCalendar this[string name] => byName.TryGetValue(name, out var calendar)
        ? calendar
        : throw new KeyNotFoundException($"Business calendar '{name}' is not configured ({Names()})");

    /// <summary>
    /// The calendar for a rep in <paramref name="ianaTimeZone"/> (Salesforce User.TimeZoneSidKey, e.g. America/Chicago): the first
    /// calendar in that zone (ids compared ignoring case; aliases such as US/Eastern are not resolved), else <see cref="Default"/>.
    /// </summary>
    public BusinessCalendar ForRep(string? ianaTimeZone) =>
        ianaTimeZone is not null && byTimeZone.TryGetValue(ianaTimeZone, out var calendar) ? calendar : Default;

    private string Names() => string.Join(", ", byName.Keys);
}
