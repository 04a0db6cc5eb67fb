namespace Smarketing.Generation;

/// <summary>
/// The CRM users: SDRs, account executives, marketing users, managers, sales ops and the sync user, and the routing
/// rules that pick the owner of a lead or an opportunity at a given time (by region, only reps in that team then).
/// </summary>
internal sealed class RepRoster
{
    private readonly List<SalesRep> _sdrs;
    private readonly List<SalesRep> _emeaSdrs;
    private readonly List<SalesRep> _accountExecutives;
    private readonly List<SalesRep> _emeaAccountExecutives;
    private readonly List<SalesRep> _marketing;

    public RepRoster(IReadOnlyList<SalesRep> all, SalesRep integrationUser)
    {
        All = all;
        IntegrationUser = integrationUser;
        _sdrs = [.. all.Where(r => r.Role == RepRole.SalesDevelopment || r.BecameAccountExecutiveUtc is not null)];
        _emeaSdrs = [.. _sdrs.Where(r => r.CoversEmea)];
        _accountExecutives = [.. all.Where(r => r.Role == RepRole.AccountExecutive)];
        _emeaAccountExecutives = [.. _accountExecutives.Where(r => r.CoversEmea)];
        _marketing = [.. all.Where(r => r.Role == RepRole.Marketing)];
    }

    /// <summary>Every user in User.csv order (the sync user last).</summary>
    public IReadOnlyList<SalesRep> All { get; }

    public SalesRep IntegrationUser { get; }

    /// <summary>A marketing user who owns a new (or recycled) lead while marketing nurtures it.</summary>
    public SalesRep PickMarketingOwner(SeededRandom random) => random.Pick(_marketing);

    /// <summary>The SDR the assignment rule routes a handoff to: the lead's region first, only reps on the SDR team at that time.</summary>
    public SalesRep PickSdr(SeededRandom random, DateTime utc, bool emea) =>
        Pick(random, emea && _emeaSdrs.Count > 0 ? _emeaSdrs : _sdrs, _sdrs, r => r.IsSdrAt(utc));

    /// <summary>The account executive who receives a converted lead's opportunity.</summary>
    public SalesRep PickAccountExecutive(SeededRandom random, DateTime utc, bool emea) =>
        Pick(random, emea && _emeaAccountExecutives.Count > 0 ? _emeaAccountExecutives : _accountExecutives, _accountExecutives,
            r => r.IsAccountExecutiveAt(utc));

    private static SalesRep Pick(SeededRandom random, List<SalesRep> preferred, List<SalesRep> everyone, Func<SalesRep, bool> eligible)
    {
        for (var attempt = 0; attempt < 16; attempt++)
        {
            var candidate = random.Pick(preferred);
            if (eligible(candidate))
            {
                return candidate;
            }
        }

        for (var attempt = 0; attempt < 16; attempt++)
        {
            var candidate = random.Pick(everyone);
            if (eligible(candidate))
            {
                return candidate;
            }
        }

        return everyone.FirstOrDefault(eligible) ?? everyone[0];
    }
}
