namespace Smarketing.Generation;

/// <summary>A CRM user as User.csv shows it at the end of the period, plus how they behave at the handoff.</summary>
internal sealed class SalesRep
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public required RepRole Role { get; set; }

    public required string Department { get; set; }

    public required string Title { get; set; }

    public string? UserRoleId { get; set; }

    public string? ManagerId { get; set; }

    public required string TimeZoneId { get; init; }

    public required WorkingCalendar Calendar { get; init; }

    /// <summary>True for the EMEA team in London, who work the European leads.</summary>
    public bool CoversEmea { get; init; }

    public required DateTime CreatedUtc { get; init; }

    public required DateTime ModifiedUtc { get; set; }

    /// <summary>When an SDR moved to the account-executive team (the User row shows the new team with a later SystemModstamp).</summary>
    public DateTime? BecameAccountExecutiveUtc { get; set; }

    /// <summary>Typical working minutes from handoff to accept/reject; above 480 (8 business hours) breaches the SLA.</summary>
    public double MedianDecisionMinutes { get; init; } = 120;

    /// <summary>Share of this rep's handoffs that are accepted rather than sent back (scales the persona's acceptance rate).</summary>
    public double AcceptanceBias { get; init; } = 1.0;

    /// <summary>The User row's versions in time order (a promotion adds one); see <see cref="AsOf"/>.</summary>
    public List<UserState> Versions { get; } = [];

    /// <summary>Keeps the current fields as a version of the User row (after creating the user and after each change).</summary>
    public void Record() => Versions.Add(new UserState(Department, Title, UserRoleId, ManagerId, ModifiedUtc));

    /// <summary>The User row an extract with this cutoff shows: the last version before it; null before the user was created.</summary>
    public UserState? AsOf(DateTime cutoffUtc)
    {
        if (CreatedUtc >= cutoffUtc)
        {
            return null;
        }

        UserState? shown = null;
        foreach (var version in Versions)
        {
            if (version.ModifiedUtc < cutoffUtc)
            {
                shown = version;
            }
        }

        return shown ?? Versions[0] with { ModifiedUtc = CreatedUtc };
    }

    public bool IsSdrAt(DateTime utc) =>
        utc >= CreatedUtc && (Role == RepRole.SalesDevelopment || (BecameAccountExecutiveUtc is { } moved && utc < moved));

    public bool IsAccountExecutiveAt(DateTime utc) =>
        utc >= CreatedUtc && Role == RepRole.AccountExecutive && (BecameAccountExecutiveUtc is not { } moved || utc >= moved);
}
