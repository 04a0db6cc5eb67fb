namespace Smarketing.Generation;

/// <summary>
/// Staffs the sales and marketing teams: about one user per 150 leads (at least six; at least four managers, so SDRs report to
/// two development managers and exceptions are not all one manager's), spread over New York, Chicago,
/// Los Angeles and London, with fast, steady and slow SDRs, a late hire and one SDR promoted to account executive mid-period.
/// </summary>
internal sealed class RepRosterBuilder(SeededRandom random, PersonNames names, SalesforceIdSequence userIds, DateTime fromUtc, DateTime toUtc)
{
    private static readonly string[] SdrZones = ["America/New_York", "America/Chicago", "Europe/London", "America/New_York", "America/Los_Angeles"];
    private static readonly string[] AeZones = ["America/Los_Angeles", "America/New_York", "Europe/London", "America/Chicago"];
    private static readonly string[] OfficeZones = ["America/New_York", "America/Chicago", "America/Los_Angeles"];
    private static readonly double[] SdrDecisionMinutes = [25, 540, 150, 90, 360];

    private readonly SalesforceIdSequence _roleIds = new("00E");
    private readonly Dictionary<string, WorkingCalendar> _calendars = new(StringComparer.Ordinal);

    public RepRoster Build(int leads)
    {
        var total = Math.Max(6, leads / 150);
        var managers = Math.Max(4, (int)Math.Round(total * 0.08));
        var marketing = Math.Max(1, (int)Math.Round(total * 0.10));
        var field = total - managers - marketing - 1;
        var sdrs = Math.Max(2, (int)Math.Ceiling(field * 0.55));
        var aes = Math.Max(1, field - sdrs);

        string sdrRole = _roleIds.Next(), aeRole = _roleIds.Next(), managerRole = _roleIds.Next();
        string marketingRole = _roleIds.Next(), opsRole = _roleIds.Next();
        var all = new List<SalesRep>(total + 1);
        var managerReps = new List<SalesRep>();
        for (var i = 0; i < managers; i++)
        {
            var developsSales = i % 2 == 1 || managers == 1;
            var title = i == 0 ? "VP of Sales" : developsSales ? "Sales Development Manager" : "Director of Sales";
            var rep = NewRep(RepRole.SalesManager, developsSales && i > 0 ? "Sales Development" : "Account Executives", title,
                OfficeZones[i % OfficeZones.Length], managerRole, manager: i == 0 ? null : managerReps[0]);
            managerReps.Add(rep);
            all.Add(rep);
        }

        var sdrManagers = managerReps.Where(m => m.Department == "Sales Development").DefaultIfEmpty(managerReps[0]).ToList();
        var aeManagers = managerReps.Where(m => m.Department == "Account Executives").ToList();
        for (var i = 0; i < sdrs; i++)
        {
            var zone = SdrZones[i % SdrZones.Length];
            var minutes = SdrDecisionMinutes[i < SdrDecisionMinutes.Length ? i : 2 + (i % 3)] * random.LogNormal(1, 0.2);
            var title = zone == "Europe/London" ? "Business Development Representative" : "Sales Development Representative";
            all.Add(NewRep(RepRole.SalesDevelopment, "Sales Development", title, zone, sdrRole, sdrManagers[i % sdrManagers.Count],
                minutes, acceptanceBias: random.Between(0.85, 1.1)));
        }

        for (var i = 0; i < aes; i++)
        {
            // AEs answer the enterprise leads routed to them between meetings: slower and more uneven than SDRs.
            all.Add(NewRep(RepRole.AccountExecutive, "Account Executives", i % 3 == 0 ? "Senior Account Executive" : "Account Executive",
                AeZones[i % AeZones.Length], aeRole, aeManagers.Count > 0 ? aeManagers[i % aeManagers.Count] : managerReps[0],
                random.Between(180, 600), acceptanceBias: random.Between(0.9, 1.1)));
        }

        for (var i = 0; i < marketing; i++)
        {
            var title = i == 0 ? "Director of Demand Generation" : i % 2 == 1 ? "Marketing Operations Manager" : "Demand Generation Manager";
            all.Add(NewRep(RepRole.Marketing, "Marketing", title, OfficeZones[i % OfficeZones.Length], marketingRole,
                manager: i == 0 ? null : all.First(r => r.Role == RepRole.Marketing)));
        }

        all.Add(NewRep(RepRole.SalesOperations, "Sales Operations", "Sales Operations Manager", "America/Chicago", opsRole, managerReps[0]));
        HireLate(all.Last(r => r.Role == RepRole.SalesDevelopment), all);
        var team = all.Where(r => r.Role == RepRole.SalesDevelopment).ToList();
        Promote(team.Skip(2).FirstOrDefault(r => !r.CoversEmea) ?? team[1], aeRole, aeManagers.FirstOrDefault() ?? managerReps[0]);
        var integration = NewRep(RepRole.Integration, "Marketing", "Integration User", "America/Los_Angeles", null, null, name: "Marketo Integration");
        all.Add(integration);
        return new RepRoster(all, integration);
    }

    private void HireLate(SalesRep sdr, List<SalesRep> all)
    {
        var hired = At(0.4, 13);
        var replacement = new SalesRep
        {
            Id = sdr.Id, Name = sdr.Name, Email = sdr.Email, Role = sdr.Role, Department = sdr.Department, Title = sdr.Title,
            UserRoleId = sdr.UserRoleId, ManagerId = sdr.ManagerId, TimeZoneId = sdr.TimeZoneId, Calendar = sdr.Calendar,
            CoversEmea = sdr.CoversEmea, CreatedUtc = hired, ModifiedUtc = hired.AddHours(3), MedianDecisionMinutes = sdr.MedianDecisionMinutes,
            AcceptanceBias = sdr.AcceptanceBias,
        };
        replacement.Record();
        all[all.IndexOf(sdr)] = replacement;
    }

    private void Promote(SalesRep sdr, string aeRole, SalesRep newManager)
    {
        var moved = At(0.55, 15);
        sdr.BecameAccountExecutiveUtc = moved;
        sdr.ModifiedUtc = moved;
        sdr.Role = RepRole.AccountExecutive;
        sdr.Department = "Account Executives";
        sdr.Title = "Account Executive";
        sdr.UserRoleId = aeRole;
        sdr.ManagerId = newManager.Id;
        sdr.Record();
    }

    /// <summary>A whole minute on the day at <paramref name="share"/> of the period.</summary>
    private DateTime At(double share, int hourUtc) =>
        fromUtc.Date.AddDays((int)((toUtc - fromUtc).TotalDays * share)).AddHours(hourUtc).AddMinutes(random.Next(60));

    private SalesRep NewRep(RepRole role, string department, string title, string zone, string? roleId, SalesRep? manager,
        double decisionMinutes = 120, double acceptanceBias = 1.0, string? name = null)
    {
        var first = names.FirstName();
        var last = names.LastName();
        name ??= first + " " + last;
        var created = fromUtc.AddDays(-random.Next(200, 900)).AddMinutes(random.Next(8 * 60, 18 * 60));
        var rep = new SalesRep
        {
            Id = userIds.Next(), Name = name, Email = string.Join('.', name.Split(' ').Select(part => PersonNames.Slug(part))) + "@smarketing.example",
            Role = role, Department = department, Title = title, UserRoleId = roleId, ManagerId = manager?.Id, TimeZoneId = zone,
            Calendar = CalendarFor(zone), CoversEmea = zone == "Europe/London", CreatedUtc = created,
            ModifiedUtc = created.AddDays(random.Next(1, 30)), MedianDecisionMinutes = decisionMinutes, AcceptanceBias = acceptanceBias,
        };
        rep.Record();
        return rep;
    }

    private WorkingCalendar CalendarFor(string zone)
    {
        if (!_calendars.TryGetValue(zone, out var calendar))
        {
            var holidays = zone == "Europe/London"
                ? PublicHolidays.EnglandAndWales(fromUtc.Year - 1, toUtc.Year + 3)
                : PublicHolidays.UnitedStates(fromUtc.Year - 1, toUtc.Year + 3);
            calendar = new WorkingCalendar(TimeZoneInfo.FindSystemTimeZoneById(zone), holidays);
            _calendars[zone] = calendar;
        }

        return calendar;
    }
}
